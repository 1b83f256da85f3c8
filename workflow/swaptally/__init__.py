"""swaptally: counted facts, events and reports from news about captive exchanges."""

__version__ = "0.1.0"
