"""Recognisers: regions, officials, departments, initiatives, dates, targets, in any text."""
