"""`stylelint audit`: an archive on Dask (sources, work per partition, job, summary, page)."""
