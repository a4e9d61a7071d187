"""Channel adapters and the rendering rules they share."""
