"""Printable wristbands and label sheets for tokens (a QR code and the token in large type)."""
