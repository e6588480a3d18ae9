"""gomem: runs Go programs on an observable model of the Go 1.23 runtime."""

__version__ = "0.1.0"
GO_VERSION = "go1.23"
