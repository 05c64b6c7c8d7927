"""`make bench`: measurements with numbers, printed as one table and written to bench/results.md."""
