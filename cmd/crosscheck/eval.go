package main

import (
	"context"
	"fmt"
)

var evalCommands = map[string]command{
	"extract":       {"score HTML extraction on the article-extraction benchmark", runEvalExtract},
	"cluster":       {"score story clustering against story labels (BASIL)", runEvalCluster},
	"quotes":        {"score quote speakers against BASIL's annotations", runEvalQuotes},
	"discrepancies": {"score disagreements found against annotations of BASIL events", runEvalDiscrepancies},
	"summary":       {"score summaries against AllSides reference summaries (ROUGE)", runEvalSummary},
	"edits":         {"plant changed and equivalent forms in real reports and score the disagreements raised", runEvalEdits},
}

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, "usage: crosscheck eval extract|cluster|quotes|discrepancies|summary|edits --data DIR")
		return errUsage
	}
	cmd, ok := evalCommands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck eval: unknown evaluation %q (want extract, cluster, quotes, discrepancies, summary or edits)\n", args[0])
		return errUsage
	}
	return cmd.run(ctx, e, args[1:])
}
