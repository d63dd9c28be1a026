from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("maumdesk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    VERSION = "0.1.0"
