"""Tests on Qt's real `xcb` platform: the app as a process under Xvfb, driven with xdotool."""
