// Cold import baseline for an ES module: loads nothing.
