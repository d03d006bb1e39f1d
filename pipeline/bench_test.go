package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkStream runs 1,000 JSON Lines records, each the text of a seed
// report, through ingest and clean.
func BenchmarkStream(b *testing.B) {
	seeds, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	path := filepath.Join(b.TempDir(), "records.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	var size int64
	for i := range 1000 {
		text, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(text))
		if err := enc.Encode(map[string]any{"id": i, "title": "Record", "text": string(text)}); err != nil {
			b.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	for b.Loop() {
		r, err := Read(context.Background(), []string{path}, Options{})
		if err != nil || len(r.Articles) != 1000 {
			b.Fatalf("got %d articles and error %v, want 1000 and none", len(r.Articles), err)
		}
	}
}
