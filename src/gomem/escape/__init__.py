"""Escape analysis and inlining as gc (Go 1.23) does them (issue 6)."""
