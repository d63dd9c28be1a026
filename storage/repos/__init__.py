"""Repositories: typed records in, typed records out, one transaction per write, audited."""
