"""Rule patterns: compiling them the way Vale does (`compiling`), deciding which cannot
backtrack badly (`backtracking`), skipping texts that cannot match (`anchors`), and filling
rule messages (`messages`)."""
