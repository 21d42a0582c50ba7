"""workshop: een bijeenkomst over bestuurscultuur leiden, volgens de handreiking voor burgemeesters."""

__version__ = "0.1.0"
