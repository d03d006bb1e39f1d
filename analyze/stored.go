package analyze

import (
	"context"
	"fmt"

	"crosscheck"
)

// AnalysisStore keeps the prepared analyses of articles by content hash:
// the part of crosscheck.Store that StoryStored uses.
type AnalysisStore interface {
	PutAnalysis(ctx context.Context, hash string, data []byte) error
	Analyses(ctx context.Context, hashes []string) (map[string][]byte, error)
}

var _ AnalysisStore = crosscheck.Store(nil)

// batchAnalysisStore is an AnalysisStore that stores many analyses in one
// round trip (postgres.DB).
type batchAnalysisStore interface {
	PutAnalyses(ctx context.Context, data map[string][]byte) error
}

// StoryStored briefs story s from arts, whose content hashes are hashes,
// with the analyses st holds for them; it prepares the others and stores
// their analyses, so that the next briefing of the story, one report
// larger, prepares that report only. An analysis stored by another
// version or under other limits is prepared again. Failing to read or
// write st fails the briefing, with st's error.
func StoryStored(ctx context.Context, st AnalysisStore, s crosscheck.Story, arts []crosscheck.Article, hashes []string, o Options) (crosscheck.StoryBriefing, error) {
	if len(hashes) != len(arts) {
		return crosscheck.StoryBriefing{}, &crosscheck.Error{Op: "brief", Input: s.ID, Kind: crosscheck.Invalid,
			Err: fmt.Errorf("%d hashes for %d articles", len(hashes), len(arts))}
	}
	data, err := st.Analyses(ctx, hashes)
	if err != nil {
		return crosscheck.StoryBriefing{}, err
	}
	limits := o.Limits.orDefault()
	prep := make([]*Prepared, len(arts))
	for i, h := range hashes {
		d, ok := data[h]
		if !ok || h == "" {
			continue
		}
		// Unreadable or outdated data is prepared again, as if missing.
		if p, err := DecodePrepared(d); err == nil && p.Limits == limits {
			prep[i] = p
		}
	}
	missing := make([]bool, len(arts))
	for i, p := range prep {
		missing[i] = p == nil
	}
	b, err := StoryPrepared(ctx, s, arts, prep, o)
	if err != nil {
		return crosscheck.StoryBriefing{}, err
	}
	saved := map[string][]byte{}
	for i, p := range prep {
		// An article without a hash has no key to be kept under.
		if !missing[i] || p == nil || hashes[i] == "" || saved[hashes[i]] != nil {
			continue
		}
		d, err := p.Encode()
		if err != nil {
			return crosscheck.StoryBriefing{}, err
		}
		saved[hashes[i]] = d
	}
	if bs, ok := st.(batchAnalysisStore); ok {
		if err := bs.PutAnalyses(ctx, saved); err != nil {
			return crosscheck.StoryBriefing{}, err
		}
		return b, nil
	}
	for i := range prep {
		if d := saved[hashes[i]]; missing[i] && d != nil {
			if err := st.PutAnalysis(ctx, hashes[i], d); err != nil {
				return crosscheck.StoryBriefing{}, err
			}
			delete(saved, hashes[i])
		}
	}
	return b, nil
}
