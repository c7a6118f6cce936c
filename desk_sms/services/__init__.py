"""Use cases. Each service takes a `sessionmaker`, opens short sessions and returns frozen DTOs."""
