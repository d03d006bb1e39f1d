package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck"
	storesnap "crosscheck/internal/snapshot"
	"crosscheck/internal/testcorpus"
	"crosscheck/postgres"
)

// TestAddToWorkers runs add --nats and two worker commands on the real
// PostgreSQL and NATS, and checks that the store ends as add --db makes
// one.
func TestAddToWorkers(t *testing.T) {
	pg := os.Getenv("CROSSCHECK_PG_URL")
	if pg == "" {
		pg = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	natsURL := os.Getenv("CROSSCHECK_NATS_URL")
	if natsURL == "" {
		natsURL = "nats://127.0.0.1:4222"
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pg)
	if err != nil {
		t.Skipf("no PostgreSQL at %s (set CROSSCHECK_PG_URL): %v", pg, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	nc, err := natsgo.Connect(natsURL, natsgo.Timeout(2*time.Second))
	if err != nil {
		t.Skipf("no NATS server at %s (set CROSSCHECK_NATS_URL): %v", natsURL, err)
	}
	t.Cleanup(nc.Close)
	// Cleanups run last first: these run before the connections close.
	schema := fmt.Sprintf("cccmd_%d", os.Getpid())
	queue := fmt.Sprintf("cccmd-%d", os.Getpid())
	t.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		if js, err := jetstream.New(nc); err == nil {
			stream := strings.ToUpper(strings.ReplaceAll(queue, "-", "_"))
			js.DeleteStream(context.Background(), stream)
			js.DeleteStream(context.Background(), stream+"_DEAD")
		}
	})
	pgURL, err := withSearchPath(pg, schema)
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	testcorpus.WriteReports(t, dir+"/in", 30)
	db := dir + "/one.db"
	if code := run(ctx, &env{stdout: &bytes.Buffer{}, stderr: os.Stderr}, []string{"add", "--quiet", "--db", db, dir + "/in"}); code != 0 {
		t.Fatalf("add --db: exit %d", code)
	}
	var out bytes.Buffer
	if code := run(ctx, &env{stdout: &out, stderr: os.Stderr}, []string{"add", "--pg", pgURL, "--nats", natsURL, "--queue", queue, dir + "/in"}); code != 0 {
		t.Fatalf("add --nats: exit %d", code)
	}
	if !strings.Contains(out.String(), "30 reports published") {
		t.Fatalf("add --nats printed %q, want 30 reports published", out.String())
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func() {
			done <- run(wctx, &env{stdout: &bytes.Buffer{}, stderr: os.Stderr}, []string{"worker", "--pg", pgURL, "--nats", natsURL,
				"--queue", queue, "--settle", "5s", "--holder", fmt.Sprint("cmd-", i)})
		}()
	}
	st, err := postgres.Open(ctx, pgURL, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q, err := openQueue(ctx, natsURL, queue)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	one, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	want, err := storesnap.Take(ctx, one)
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	if err := settle(sctx, st, q, len(want.Articles), func(int, int) {}); err != nil {
		t.Fatal(err)
	}
	stop()
	for i := 0; i < 2; i++ {
		if code := <-done; code != 0 {
			t.Errorf("worker exited %d, want 0 on interrupt", code)
		}
	}
	got, err := storesnap.Take(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if d := storesnap.Diff(want, got); d != "" {
		t.Fatalf("workers differ from add --db (-one process +workers):\n%s", d)
	}

	// With the workers gone, add groups in its own process under the
	// lease they released; while a worker holds it, add refuses.
	testcorpus.WriteReports(t, dir+"/more", 35)
	if code := run(ctx, &env{stdout: &bytes.Buffer{}, stderr: os.Stderr}, []string{"add", "--quiet", "--pg", pgURL, dir + "/more"}); code != 0 {
		t.Fatalf("add --pg after the workers: exit %d", code)
	}
	if _, err := st.AcquireLease(ctx, crosscheck.GroupingLease, "a worker", time.Minute); err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	if code := run(ctx, &env{stdout: &bytes.Buffer{}, stderr: &errOut}, []string{"add", "--quiet", "--pg", pgURL, dir + "/more"}); code == 0 || !strings.Contains(errOut.String(), "lease held by a worker") {
		t.Fatalf("add --pg while a worker holds the lease: exit %d, %q; want a failure naming the holder", code, errOut.String())
	}
}

// TestServePG serves a PostgreSQL store filled by add --pg: the story
// page shows its disagreements, and a write without a token is refused.
func TestServePG(t *testing.T) {
	pg := os.Getenv("CROSSCHECK_PG_URL")
	if pg == "" {
		pg = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pg)
	if err != nil {
		t.Skipf("no PostgreSQL at %s (set CROSSCHECK_PG_URL): %v", pg, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	schema := fmt.Sprintf("ccserve_%d", os.Getpid())
	t.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	pgURL, err := withSearchPath(pg, schema)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "", "add", "--quiet", "--pg", pgURL, "../../testdata/seeds"); code != 0 {
		t.Fatalf("add --pg: exit %d: %s", code, stderr)
	}
	st, err := postgres.Open(ctx, pgURL, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := st.Stories(ctx, crosscheck.StoryQuery{Limit: 10})
	st.Close()
	if err != nil || len(want) == 0 {
		t.Fatalf("%d stories stored: %v", len(want), err)
	}
	base, stop := startServe(t, "serve", "--addr", "127.0.0.1:0", "--pg", pgURL)
	defer stop()
	resp, err := http.Get(base + "/stories/" + want[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `id="disagreements"`) {
		t.Errorf("story page: status %d, %.300s", resp.StatusCode, body)
	}
	resp, err = http.Post(base+"/api/reports", "application/json", strings.NewReader(`{"text":"A report."}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("write without a token file: got %d, want 403", resp.StatusCode)
	}
}
