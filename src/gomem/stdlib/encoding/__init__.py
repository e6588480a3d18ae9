"""Package encoding: only interfaces (api.go), so nothing to implement in Python."""
