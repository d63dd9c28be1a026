"""Built-in form definitions (YAML data files), read with importlib.resources."""
