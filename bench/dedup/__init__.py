"""ECB+ cross-document event coreference benchmark for eventwire.stages.dedup."""
