// The import module: replaced by the importer's sources.
enum ImportModule {}
