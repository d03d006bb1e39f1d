package worker_test

// Fault tests on the real PostgreSQL and NATS: after each fault the store
// must equal what one process makes of the same reports.

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/internal/natstest"
	"crosscheck/internal/snapshot"
	"crosscheck/internal/testcorpus"
	"crosscheck/nats"
	"crosscheck/postgres"
	"crosscheck/worker"
)

func pgURL() string {
	if u := os.Getenv("CROSSCHECK_PG_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

func natsURL() string {
	if u := os.Getenv("CROSSCHECK_NATS_URL"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

// TestMain runs the test binary as a worker process when the fault tests
// start it so.
func TestMain(m *testing.M) {
	if os.Getenv("CROSSCHECK_TEST_WORKER") == "1" {
		os.Exit(helper())
	}
	os.Exit(m.Run())
}

// env is one fault test's share of the servers: a schema and a pair of
// streams of its own.
type env struct {
	schema, stream, prefix, natsURL string
}

var envs atomic.Int64

// newEnv skips t unless both servers answer, and drops its schema and
// streams when t ends.
func newEnv(t *testing.T, natsURL string) env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, pgURL())
	if err != nil {
		t.Skipf("no PostgreSQL at %s (set CROSSCHECK_PG_URL): %v", pgURL(), err)
	}
	conn.Close(ctx)
	nc, err := natsgo.Connect(natsURL, natsgo.Timeout(2*time.Second))
	if err != nil {
		t.Skipf("no NATS server at %s (set CROSSCHECK_NATS_URL): %v", natsURL, err)
	}
	nc.Close()
	n := envs.Add(1)
	e := env{
		schema:  fmt.Sprintf("ccfault_%d_%d", os.Getpid(), n),
		stream:  fmt.Sprintf("CCFAULT_%d_%d", os.Getpid(), n),
		prefix:  fmt.Sprintf("ccfault%d_%d", os.Getpid(), n),
		natsURL: natsURL,
	}
	t.Cleanup(func() {
		ctx := context.Background()
		if c, err := pgx.Connect(ctx, pgURL()); err == nil {
			c.Exec(ctx, "DROP SCHEMA IF EXISTS "+e.schema+" CASCADE")
			c.Close(ctx)
		}
		if nc, err := natsgo.Connect(e.natsURL, natsgo.Timeout(2*time.Second)); err == nil {
			if js, err := jetstream.New(nc); err == nil {
				js.DeleteStream(ctx, e.stream)
				js.DeleteStream(ctx, e.stream+"_DEAD")
			}
			nc.Close()
		}
	})
	return e
}

func (e env) store(t testing.TB, name string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), pgURL(), postgres.Options{Schema: e.schema, Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func (e env) queue(t testing.TB) *nats.Queue {
	t.Helper()
	q, err := nats.Open(context.Background(), e.natsURL, nats.Options{Stream: e.stream, Prefix: e.prefix, AckWait: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// workerOptions are the fault tests' worker options: a short lease, and a
// settle time longer than a dead worker's message takes to come back.
func workerOptions(holder string) worker.Options {
	return worker.Options{Holder: holder, LeaseTTL: 2 * time.Second, Settle: 15 * time.Second}
}

// slowStore delays each PutArticle, so that a worker is killed or cut off
// in the middle of a message.
type slowStore struct {
	crosscheck.Store
	delay time.Duration
}

func (s slowStore) PutArticle(ctx context.Context, a crosscheck.Article) (crosscheck.PutResult, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return crosscheck.Unchanged, ctx.Err()
	}
	return s.Store.PutArticle(ctx, a)
}

// PutArticles delays the batch a worker stores as PutArticle delays one
// article, so that the fault tests also cut a batch in the middle.
func (s slowStore) PutArticles(ctx context.Context, arts []crosscheck.Article, dropped [][]crosscheck.Dropped) ([]crosscheck.PutResult, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Store.(*postgres.DB).PutArticles(ctx, arts, dropped)
}

// helper is the worker process of TestKillWorker.
func helper() int {
	e := env{schema: os.Getenv("CC_SCHEMA"), stream: os.Getenv("CC_STREAM"), prefix: os.Getenv("CC_PREFIX"), natsURL: os.Getenv("CC_NATS")}
	ctx := context.Background()
	db, err := postgres.Open(ctx, pgURL(), postgres.Options{Schema: e.schema, Name: os.Getenv("CC_HOLDER")})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	q, err := nats.Open(ctx, e.natsURL, nats.Options{Stream: e.stream, Prefix: e.prefix, AckWait: 2 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var st crosscheck.Store = db
	if d, err := time.ParseDuration(os.Getenv("CC_SLOW")); err == nil {
		st = slowStore{db, d}
	}
	if err := worker.New(st, q, db, workerOptions(os.Getenv("CC_HOLDER"))).Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// startProcess runs a worker process for e.
func startProcess(t *testing.T, e env, holder, slow string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CROSSCHECK_TEST_WORKER=1", "CC_SCHEMA="+e.schema, "CC_STREAM="+e.stream,
		"CC_PREFIX="+e.prefix, "CC_NATS="+e.natsURL, "CC_HOLDER="+holder, "CC_SLOW="+slow)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd
}

// runWorker runs a worker in the test process until the test ends.
func runWorker(t *testing.T, ctx context.Context, st crosscheck.Store, q crosscheck.Queue, leases worker.Leaser, holder string) func() {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := worker.New(st, q, leases, workerOptions(holder)).Run(ctx); err != nil {
			t.Errorf("worker %s: %v", holder, err)
		}
	}()
	stop := func() { cancel(); <-done }
	t.Cleanup(stop)
	return stop
}

// count returns how many articles the store holds.
func count(db *postgres.DB) int {
	var n int
	db.Pool().QueryRow(context.Background(), "SELECT count(*) FROM articles").Scan(&n)
	return n
}

func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestKillWorker(t *testing.T) {
	e := newEnv(t, natsURL())
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 40)
	want := reference(t, dir)
	db, q := e.store(t, "cc-test-observer"), e.queue(t)
	defer db.Close()
	defer q.Close()
	if _, err := worker.PublishPaths(context.Background(), q, []string{dir}, ingest.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	victim := startProcess(t, e, "victim", "100ms")
	waitFor(t, 30*time.Second, "the first articles", func() bool { return count(db) >= 8 })
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.Wait()
	killedAt := count(db)
	if killedAt >= 40 {
		t.Fatalf("the worker stored all %d articles before it was killed: nothing was tested", killedAt)
	}
	startProcess(t, e, "survivor", "")
	got := settled(t, db, q, len(want.Articles), 90*time.Second)
	if d := snapshot.Diff(want, got); d != "" {
		t.Fatalf("after kill -9 at %d articles (-one process +workers):\n%s", killedAt, d)
	}
}

func TestRestartNATS(t *testing.T) {
	natsDir := t.TempDir()
	srv := natstest.RunServer(t, -1, natsDir)
	port := srv.Addr().(*net.TCPAddr).Port
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
	e := newEnv(t, fmt.Sprintf("nats://127.0.0.1:%d", port))
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 40)
	want := reference(t, dir)
	db, q := e.store(t, "cc-test-nats"), e.queue(t)
	defer db.Close()
	defer q.Close()
	if _, err := worker.PublishPaths(context.Background(), q, []string{dir}, ingest.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	runWorker(t, ctx, slowStore{db, 50 * time.Millisecond}, q, db, "w1")
	runWorker(t, ctx, slowStore{db, 50 * time.Millisecond}, q, db, "w2")
	waitFor(t, 30*time.Second, "the first articles", func() bool { return count(db) >= 8 })
	srv.Shutdown()
	srv.WaitForShutdown()
	stoppedAt := count(db)
	time.Sleep(time.Second)
	srv = natstest.RunServer(t, port, natsDir)
	if stoppedAt >= 40 {
		t.Fatalf("all articles were stored before NATS stopped: nothing was tested")
	}
	got := settled(t, db, q, len(want.Articles), 90*time.Second)
	if d := snapshot.Diff(want, got); d != "" {
		t.Fatalf("after restarting NATS at %d articles (-one process +workers):\n%s", stoppedAt, d)
	}
}

func TestCutPostgres(t *testing.T) {
	e := newEnv(t, natsURL())
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 40)
	want := reference(t, dir)
	name := fmt.Sprintf("cc-test-cut-%d", os.Getpid())
	db, q := e.store(t, name), e.queue(t)
	defer db.Close()
	defer q.Close()
	observer := e.store(t, "cc-test-observer")
	defer observer.Close()
	if _, err := worker.PublishPaths(context.Background(), q, []string{dir}, ingest.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	runWorker(t, ctx, slowStore{db, 50 * time.Millisecond}, q, db, "w1")
	runWorker(t, ctx, slowStore{db, 50 * time.Millisecond}, q, db, "w2")
	cuts := 0
	for _, at := range []int{5, 15, 30} {
		waitFor(t, 60*time.Second, fmt.Sprint(at, " articles"), func() bool { return count(observer) >= at })
		var n int
		if err := observer.Pool().QueryRow(ctx, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		cuts += n
	}
	if cuts == 0 {
		t.Fatal("no connection of the workers was cut: nothing was tested")
	}
	got := settled(t, observer, q, len(want.Articles), 90*time.Second)
	if d := snapshot.Diff(want, got); d != "" {
		t.Fatalf("after cutting %d connections (-one process +workers):\n%s", cuts, d)
	}
}

// partedLeases fails every renewal, as a holder cut off from the lease
// table would, once parted is set.
type partedLeases struct {
	*postgres.DB
	parted atomic.Bool
}

func (p *partedLeases) RenewLease(ctx context.Context, name, holder string, epoch int64, ttl time.Duration) error {
	if p.parted.Load() {
		return crosscheck.Errorf(crosscheck.Transient, "renew lease", name, "cut off")
	}
	return p.DB.RenewLease(ctx, name, holder, epoch, ttl)
}

// lateStore holds a grouping back until the lease it was made under has
// passed to another worker, then saves it regardless of its context: the
// zombie holder that fencing must stop.
type lateStore struct {
	*postgres.DB
	leases *partedLeases
	wait   time.Duration
	mu     sync.Mutex
	errs   []error
}

func (l *lateStore) SaveGrouping(ctx context.Context, g crosscheck.Grouping) error {
	l.leases.parted.Store(true)
	time.Sleep(l.wait)
	err := l.DB.SaveGrouping(context.WithoutCancel(ctx), g)
	l.mu.Lock()
	l.errs = append(l.errs, err)
	l.mu.Unlock()
	return err
}

func TestLeaseCompetition(t *testing.T) {
	e := newEnv(t, natsURL())
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 40)
	want := reference(t, dir)
	db, q := e.store(t, "cc-test-lease"), e.queue(t)
	defer db.Close()
	defer q.Close()
	ctx := context.Background()
	// The zombie takes the lease first and holds its first grouping
	// until its lease has passed on.
	leases := &partedLeases{DB: db}
	zombie := &lateStore{DB: db, leases: leases, wait: 6 * time.Second}
	stopZombie := runWorker(t, ctx, zombie, q, leases, "zombie")
	waitFor(t, 10*time.Second, "the zombie's lease", func() bool {
		var holder string
		db.Pool().QueryRow(ctx, "SELECT holder FROM leases WHERE name = $1", crosscheck.GroupingLease).Scan(&holder)
		return holder == "zombie"
	})
	runWorker(t, ctx, db, q, db, "rival")
	if _, err := worker.PublishPaths(ctx, q, []string{dir}, ingest.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	got := settled(t, db, q, len(want.Articles), 90*time.Second)
	stopZombie()
	zombie.mu.Lock()
	defer zombie.mu.Unlock()
	conflicts := 0
	for _, err := range zombie.errs {
		if crosscheck.ErrorKind(err) == crosscheck.Conflict {
			conflicts++
		} else if err == nil {
			t.Errorf("the zombie saved a grouping after its lease passed on")
		}
	}
	if conflicts == 0 {
		t.Fatalf("the zombie's late groupings: got %v, want a Conflict", zombie.errs)
	}
	if d := snapshot.Diff(want, got); d != "" {
		t.Fatalf("after the lease changed hands (-one process +workers):\n%s", d)
	}
	var epoch int64
	if err := db.Pool().QueryRow(ctx, "SELECT epoch FROM leases WHERE name = $1", crosscheck.GroupingLease).Scan(&epoch); err != nil || epoch < 2 {
		t.Fatalf("lease epoch: got %d, %v, want at least 2", epoch, err)
	}
}

// TestExtractBatchFailsAlone extracts a batch of reports that holds one
// message that is no report: the reports are stored, grouping is asked
// for, and only the bad message goes to the dead letters.
func TestExtractBatchFailsAlone(t *testing.T) {
	e := newEnv(t, natsURL())
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 3)
	db, q := e.store(t, "cc-test-batch"), e.queue(t)
	defer db.Close()
	defer q.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if _, err := worker.PublishPaths(ctx, q, []string{dir}, ingest.Options{}, nil); err != nil {
		t.Fatal(err)
	}
	if err := q.Publish(ctx, worker.Extract, []byte("not a report"), "bad"); err != nil {
		t.Fatal(err)
	}
	w := worker.New(db, q, db, workerOptions("batch"))
	var mu sync.Mutex
	var sizes []int
	go q.ConsumeBatch(ctx, worker.Extract, 10, func(ctx context.Context, ms []crosscheck.Message) []error {
		mu.Lock()
		sizes = append(sizes, len(ms))
		mu.Unlock()
		return w.ExtractBatch(ctx, ms)
	})
	pending := func(subj string) int {
		n, err := q.Pending(ctx, subj)
		if err != nil {
			return -1
		}
		return n
	}
	waitFor(t, 30*time.Second, "the batch", func() bool {
		return pending(worker.Extract) == 0 && pending(crosscheck.DeadLetter(worker.Extract)) == 1
	})
	if n := count(db); n != 3 {
		t.Fatalf("stored %d articles, want 3", n)
	}
	if n := pending(worker.Group); n < 1 {
		t.Fatalf("%d group messages, want at least one", n)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(sizes) == 0 || sizes[0] != 4 {
		t.Fatalf("batch sizes %v: the four messages were not handled together", sizes)
	}
}
