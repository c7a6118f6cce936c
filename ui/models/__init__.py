"""Qt item models over the core services: ids first, rows on demand."""
