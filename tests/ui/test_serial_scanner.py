"""A scanner in virtual COM port mode, played by a pseudo-terminal: each line it sends is one scan."""

from __future__ import annotations

import os

import pytest

from counter_app.ui.serial_scanner import SerialScanner

QR = "038203012345||Nguyễn Văn An|15032003|Nam|Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa|01072021"


@pytest.fixture
def pty():
    """(master fd, slave path): bytes written to the master arrive at the port opened on the path."""
    master, slave = os.openpty()
    yield master, os.ttyname(slave)
    for fd in (master, slave):
        try:
            os.close(fd)
        except OSError:
            pass  # a test closed it to unplug the scanner


@pytest.fixture
def scanner(qtbot):
    s = SerialScanner()
    yield s
    s.close()


def test_a_line_from_the_port_is_a_scan_with_its_vietnamese_intact(qtbot, pty, scanner):
    master, path = pty
    assert scanner.configure(True, path, 9600) and scanner.is_open
    with qtbot.waitSignal(scanner.sig_scanned, timeout=3000) as got:
        os.write(master, QR.encode() + b"\r\n")
    assert got.args == [QR]


def test_scans_split_and_joined_on_the_wire_come_out_one_by_one(qtbot, pty, scanner):
    master, path = pty
    scanner.configure(True, path, 115200)
    second = "000.00.06.H56-251117-0001"
    data = QR.encode() + b"\r" + second.encode() + b"\n"
    cut = QR.encode().index("ễ".encode()) + 1  # in the middle of a Vietnamese letter's bytes
    got = []
    scanner.sig_scanned.connect(got.append)
    os.write(master, data[:cut])
    os.write(master, data[cut:])
    qtbot.waitUntil(lambda: len(got) == 2, timeout=3000)
    assert got == [QR, second]


def test_a_scanner_sending_no_terminator_is_read_when_it_stops(qtbot, pty, scanner):
    master, path = pty
    scanner.configure(True, path, 9600)
    with qtbot.waitSignal(scanner.sig_scanned, timeout=3000) as got:
        os.write(master, b"\x02" + QR.encode() + b"\x03")  # STX … ETX framing, no CR/LF
    assert got.args == [QR]


def test_a_port_that_does_not_open_says_so_in_vietnamese(qtbot, scanner):
    with qtbot.waitSignal(scanner.sig_failed, timeout=1000) as failed:
        assert not scanner.configure(True, "/dev/khong-co-cong-nay", 9600)
    assert "Không mở được cổng /dev/khong-co-cong-nay" in failed.args[0]
    assert not scanner.is_open
    with qtbot.waitSignal(scanner.sig_failed, timeout=1000) as failed:
        assert not scanner.configure(True, "  ", 9600)
    assert "chưa chọn cổng" in failed.args[0]


def test_off_closes_the_port_and_nothing_is_read(qtbot, pty, scanner):
    master, path = pty
    scanner.configure(True, path, 9600)
    assert scanner.configure(False, path, 9600) and not scanner.is_open
    with qtbot.assertNotEmitted(scanner.sig_scanned, wait=300):
        os.write(master, QR.encode() + b"\r\n")


def test_an_unplugged_scanner_is_reported(qtbot, pty, scanner):
    master, path = pty
    scanner.configure(True, path, 9600)
    with qtbot.waitSignal(scanner.sig_failed, timeout=3000) as failed:
        os.close(master)  # the other end goes away, as a USB scanner pulled out
    assert "ngừng hoạt động" in failed.args[0]
    assert not scanner.is_open
