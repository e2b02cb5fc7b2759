"""Places: the gazetteer that names where deployments are, and Burmese text handling."""
