"""Tools run beside the central service: the seeded province for load tests and benchmarks."""
