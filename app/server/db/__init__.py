"""The server's database: schema, engine, the single-worker executor and the query modules."""
