"""The "Behov og krav" tab: sticky notes on canvases of zones."""
