"""kg: Chinese government documents → a knowledge graph of policy actors and initiatives."""

__version__ = "0.1.0"
