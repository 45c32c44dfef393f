"""eventwire: news articles in, dated and evidenced political events out."""
__version__ = "0.1.0"
