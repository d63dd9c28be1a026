"""The `maumdesk` command line: the same storage, forms and reports code, without a screen."""
