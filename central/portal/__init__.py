"""The national public service portal adapter: DongBoHoSoMC / CapNhatTienDoHoSoMC from an outbox."""
