"""The roof: the pages about the whole portal (home, search, partners, figures, site pages),
sitemaps and the scale-data command. It may import every content app; nothing imports it but
the URL configuration."""
