package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck"
	"crosscheck/ingest"
	storesnap "crosscheck/internal/snapshot"
	"crosscheck/postgres"
	"crosscheck/sqlite"
	upd "crosscheck/update"
	"crosscheck/worker"
)

// defaultReports are the inputs of the scaled-out benchmark when
// --reports is not given, relative to the repository root.
var defaultReports = []string{
	filepath.Join("..", "shared", "datasets", "ecbplus-dev", "articles.jsonl"),
	filepath.Join("..", "shared", "datasets", "basil-dev", "articles"),
}

type scaleBenchFlags struct {
	scaleFlags
	workers     *string
	reports     *string
	concurrency *int
	// cpuProfile, if set, is where the one process's CPU profile goes;
	// each worker writes its own there with ".<workers>-<i>" added.
	cpuProfile string
}

func addScaleBenchFlags(fs *flag.FlagSet) scaleBenchFlags {
	return scaleBenchFlags{
		scaleFlags:  addScaleFlags(fs),
		workers:     fs.String("workers", "1,2,4", "with --pg and --nats: comma-separated numbers of worker processes to run"),
		reports:     fs.String("reports", "", "with --pg and --nats: comma-separated report inputs (default ../shared/datasets/ecbplus-dev/articles.jsonl and basil-dev/articles)"),
		concurrency: fs.Int("concurrency", 0, "with --pg and --nats: messages each worker handles at once (`N` of each kind; default the worker's, 4 per CPU)"),
	}
}

func (f scaleBenchFlags) on() bool { return *f.pg != "" || *f.nats != "" }

// scaleRun is one run of the scaled-out pipeline.
type scaleRun struct {
	workers   int
	elapsed   time.Duration
	maxLag    int           // most reports waiting to be extracted at once
	drained   time.Duration // from the last publish to an empty extract queue
	bytes     int64         // PostgreSQL tables and indexes
	identical bool
	diff      int           // lines of difference from one process
	cpu       time.Duration // the workers' CPU time, user and system
	server    serverCPU     // PostgreSQL's and NATS's CPU time during the run
	published time.Duration // from the start to the last publish
	grouped   time.Duration // from the start to an empty group queue after extraction
}

// runScaleBench measures the scaled-out pipeline: one process on SQLite
// first, then the same reports through NATS to 1, 2, 4 worker processes
// on PostgreSQL, each run in a schema and a queue of its own.
func runScaleBench(ctx context.Context, e *env, f scaleBenchFlags) error {
	if *f.pg == "" || *f.nats == "" {
		fmt.Fprintln(e.stderr, "crosscheck bench: --pg and --nats go together")
		return errUsage
	}
	counts, err := parseSizes(*f.workers)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck bench: --workers: %v\n", err)
		return errUsage
	}
	paths := existing(defaultReports)
	if *f.reports != "" {
		paths = strings.Split(*f.reports, ",")
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "crosscheck bench: no reports: give --reports")
		return errUsage
	}

	// One process on SQLite: the rate to beat and the result to equal.
	dir, err := os.MkdirTemp("", "crosscheck-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dbPath := filepath.Join(dir, "bench.db")
	sq, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	if f.cpuProfile != "" {
		pf, err := os.Create(f.cpuProfile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
	}
	start, cpu0 := time.Now(), selfCPU()
	sum, err := upd.Run(ctx, sq, paths, upd.RunOptions{Options: upd.Options{Batch: 1 << 20}})
	if f.cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		sq.Close()
		return err
	}
	oneTime, oneCPU := time.Since(start), selfCPU()-cpu0
	want, err := storesnap.Take(ctx, sq)
	sq.Close()
	if err != nil {
		return err
	}
	reports := sum.Read
	fi, _ := os.Stat(dbPath)
	fmt.Fprintf(e.stderr, "one process on SQLite: %d reports in %v (%s)\n", reports, oneTime.Round(time.Millisecond), want)

	exe, err := os.Executable()
	if err != nil {
		return err
	}
	var runs []scaleRun
	var big bigStory
	for i, k := range counts {
		r, b, err := scaleBenchRun(ctx, e, f, exe, paths, k, want, i == len(counts)-1)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "%d workers: %v, identical %v\n", k, r.elapsed.Round(time.Millisecond), r.identical)
		runs = append(runs, r)
		if b.articles > 0 {
			big = b
		}
	}

	w := e.stdout
	fmt.Fprintf(w, "| run | reports/s | vs one process | CPU ms/report | queue lag (most waiting, drained after the last publish) | PostgreSQL bytes/report | identical to one process |\n|---|---|---|---|---|---|---|\n")
	oneRate := float64(reports) / oneTime.Seconds()
	fmt.Fprintf(w, "| one process, SQLite | %.1f | 1.00x | %.1f | - | %d (SQLite file) | - |\n", oneRate, perReport(oneCPU, reports), fi.Size()/int64(max(reports, 1)))
	base := 0.0
	for _, r := range runs {
		rate := float64(reports) / r.elapsed.Seconds()
		if base == 0 {
			base = rate
		}
		same := "yes"
		if !r.identical {
			same = fmt.Sprintf("no (%d lines differ)", r.diff)
		}
		fmt.Fprintf(w, "| %d worker(s), PostgreSQL + NATS | %.1f | %.2fx (%.2fx of %d worker) | %.1f (workers only) | %d reports, %v | %d | %s |\n",
			r.workers, rate, rate/oneRate, rate/base, runs[0].workers, perReport(r.cpu, reports), r.maxLag, r.drained.Round(10*time.Millisecond), r.bytes/int64(max(reports, 1)), same)
	}
	fmt.Fprintf(w, "\n| run | published | extracted | grouped | briefed | worker CPU ms/report | postgres CPU ms/report | nats-server CPU ms/report | all CPU ms/report |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range runs {
		fmt.Fprintf(w, "| %d worker(s) | %v | %v | %v | %v | %.1f | %.1f | %.1f | %.1f |\n", r.workers,
			r.published.Round(10*time.Millisecond), (r.published + r.drained).Round(10*time.Millisecond), r.grouped.Round(10*time.Millisecond), r.elapsed.Round(10*time.Millisecond),
			perReport(r.cpu, reports), perReport(r.server.postgres, reports), perReport(r.server.nats, reports), perReport(r.cpu+r.server.postgres+r.server.nats, reports))
	}
	fmt.Fprintf(w, "\nPhases are times from the first publish; server CPU counts every process named postgres or nats-server on this machine (the benchmark's own polling included, and anything else they served meanwhile).\n")
	if big.articles > 0 {
		fmt.Fprintf(w, "\nOne report added to a story of %d reports of one event, end to end through the queue: %v (publish to briefed); briefing that story from scratch in one process: %v.\n",
			big.articles, big.added.Round(time.Millisecond), big.scratch.Round(time.Millisecond))
	}
	conc := *f.concurrency
	if conc <= 0 {
		conc = 4 * runtime.NumCPU()
	}
	fmt.Fprintf(w, "\n%d reports from %s; each worker handles %d message(s) of each kind at once; %d CPUs.\n", reports, strings.Join(paths, ", "), conc, runtime.NumCPU())
	return nil
}

// bigStory is the cost of one report added to the biggest story.
type bigStory struct {
	articles       int
	added, scratch time.Duration
}

// scaleBenchRun runs k worker processes over the reports of paths in a
// fresh schema and queue and measures them.
func scaleBenchRun(ctx context.Context, e *env, f scaleBenchFlags, exe string, paths []string, k int, want *storesnap.S, measureBig bool) (scaleRun, bigStory, error) {
	r := scaleRun{workers: k}
	schema := fmt.Sprintf("crosscheck_bench_%d", k)
	queue := fmt.Sprintf("crosscheck-bench-%d", k)
	if err := resetBench(ctx, *f.pg, *f.nats, schema, queue); err != nil {
		return r, bigStory{}, err
	}
	// The run's schema and streams go when it ends, after the store and
	// the queue close.
	defer resetBench(context.WithoutCancel(ctx), *f.pg, *f.nats, schema, queue)
	db, err := postgres.Open(ctx, *f.pg, postgres.Options{Schema: schema, Name: "crosscheck bench"})
	if err != nil {
		return r, bigStory{}, err
	}
	defer db.Close()
	q, err := openQueue(ctx, *f.nats, queue)
	if err != nil {
		return r, bigStory{}, err
	}
	defer q.Close()
	pgURL, err := withSearchPath(*f.pg, schema)
	if err != nil {
		return r, bigStory{}, err
	}
	var procs []*exec.Cmd
	defer func() {
		for _, p := range procs {
			p.Process.Signal(os.Interrupt)
		}
		for _, p := range procs {
			p.Wait()
		}
	}()
	for i := 0; i < k; i++ {
		args := []string{"worker", "--pg", pgURL, "--nats", *f.nats, "--queue", queue, "--settle", "10m", "--holder", fmt.Sprintf("bench-%d", i)}
		if *f.concurrency > 0 {
			args = append(args, "--concurrency", strconv.Itoa(*f.concurrency))
		}
		if f.cpuProfile != "" {
			args = append(args, "--cpuprofile", fmt.Sprintf("%s.%d-%d", f.cpuProfile, k, i))
		}
		cmd := exec.CommandContext(ctx, exe, args...)
		cmd.Stderr = e.stderr
		if err := cmd.Start(); err != nil {
			return r, bigStory{}, err
		}
		procs = append(procs, cmd)
	}
	// Let the workers connect before the clock starts.
	time.Sleep(time.Second)

	var cpu0 time.Duration
	for _, p := range procs {
		cpu0 += procCPU(p.Process.Pid)
	}
	server0 := serversCPU()
	start := time.Now()
	n, err := worker.PublishPaths(ctx, q, paths, ingest.Options{}, nil)
	if err != nil {
		return r, bigStory{}, err
	}
	published := time.Since(start)
	r.published = published
	if err := settle(ctx, db, q, len(want.Articles), func(extract, group int) {
		r.maxLag = max(r.maxLag, extract)
		if extract == 0 && r.drained == 0 {
			r.drained = time.Since(start) - published
		}
		if extract == 0 && group == 0 && r.grouped == 0 {
			r.grouped = time.Since(start)
		}
	}); err != nil {
		return r, bigStory{}, err
	}
	r.elapsed = time.Since(start)
	for _, p := range procs {
		r.cpu += procCPU(p.Process.Pid)
	}
	r.cpu -= cpu0
	server1 := serversCPU()
	r.server = serverCPU{postgres: server1.postgres - server0.postgres, nats: server1.nats - server0.nats}
	got, err := storesnap.Take(ctx, db)
	if err != nil {
		return r, bigStory{}, err
	}
	if d := storesnap.Diff(want, got); d != "" {
		r.diff = strings.Count(d, "\n")
		fmt.Fprintf(e.stderr, "%d workers differ from one process:\n%s\n", k, firstLines(d, 40))
	} else {
		r.identical = true
	}
	if err := db.Pool().QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
		JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r'`, schema).Scan(&r.bytes); err != nil {
		return r, bigStory{}, err
	}
	if n == 0 {
		return r, bigStory{}, fmt.Errorf("no reports published")
	}
	if !measureBig {
		return r, bigStory{}, nil
	}
	b, err := addToBigStory(ctx, db, q)
	return r, b, err
}

// bigStorySize is how many reports of one event the benchmark gathers
// before it times adding one more.
const bigStorySize = 300

// writeEvent writes n made-up reports of one event, one file each, half an
// hour apart from start, worded a little differently each time.
func writeEvent(dir string, n int, start time.Time) ([]string, error) {
	outlets := []string{"Valley Times", "State Wire", "Evening Star", "Daily Post"}
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("event-%04d.txt", i))
		at := start.Add(time.Duration(i) * 30 * time.Minute)
		body := fmt.Sprintf("Marlow dam breach: update %d from engineer Ruth Okoye\n\nBy %s staff\n%s\n\n"+
			"The dam above Marlow gave way on day %d of the storm, engineer Ruth Okoye said. Water reached the lower town and %d homes were evacuated.\n\n"+
			"Ruth Okoye told reporters that %d people had been moved to the school gym since the breach began. Residents of Marlow called the flood the worst in memory.\n",
			i, outlets[i%len(outlets)], at.Format(time.RFC3339), i/8+1, 20*(i+1), 5*(i+1))
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// addToBigStory gathers bigStorySize reports of one event into a story,
// then publishes one more and times it until the story is briefed again;
// it then times briefing the story from scratch.
func addToBigStory(ctx context.Context, db *postgres.DB, q crosscheck.Queue) (bigStory, error) {
	var b bigStory
	dir, err := os.MkdirTemp("", "crosscheck-bench-event-")
	if err != nil {
		return b, err
	}
	defer os.RemoveAll(dir)
	start := time.Date(2030, 1, 1, 6, 0, 0, 0, time.UTC)
	paths, err := writeEvent(dir, bigStorySize+1, start)
	if err != nil {
		return b, err
	}
	if _, err := worker.PublishPaths(ctx, q, paths[:bigStorySize], ingest.Options{}, nil); err != nil {
		return b, err
	}
	id := func(p string) string { return crosscheck.ArticleID(p, "", 1) }
	if _, err := waitBriefed(ctx, db, id(paths[bigStorySize-1])); err != nil {
		return b, err
	}
	t0 := time.Now()
	if _, err := worker.PublishPaths(ctx, q, paths[bigStorySize:], ingest.Options{}, nil); err != nil {
		return b, err
	}
	story, err := waitBriefed(ctx, db, id(paths[bigStorySize]))
	if err != nil {
		return b, err
	}
	b.added = time.Since(t0)
	b.articles = len(story.Articles)
	t0 = time.Now()
	if err := upd.BriefStory(ctx, db, story.ID); err != nil {
		return b, err
	}
	b.scratch = time.Since(t0)
	return b, nil
}

// waitBriefed waits until article id is grouped and its story briefed and
// returns the story.
func waitBriefed(ctx context.Context, db *postgres.DB, id string) (crosscheck.StoredStory, error) {
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		a, err := db.Article(ctx, id)
		if crosscheck.ErrorKind(err) == crosscheck.NotFound || err == nil && a.Story == "" {
			continue
		}
		if err != nil {
			return crosscheck.StoredStory{}, err
		}
		s, err := db.Story(ctx, a.Story)
		if err != nil {
			return s, err
		}
		if s.Briefed >= s.Revision {
			return s, nil
		}
	}
	return crosscheck.StoredStory{}, fmt.Errorf("article %s was not briefed in 10 minutes", id)
}

// settle waits until every queue is empty and the store holds n articles,
// all grouped, every story briefed; lag is called with the extract
// and group queues' lengths at each look, -1 where it did not look. It counts the articles with one
// query rather than reading the store, which would add to the
// PostgreSQL CPU measured.
func settle(ctx context.Context, st *postgres.DB, q crosscheck.Queue, n int, lag func(extract, group int)) error {
	deadline := time.Now().Add(30 * time.Minute)
	subjects := []string{worker.Extract, worker.Group, worker.Brief}
	empty := 0
	for time.Now().Before(deadline) {
		if err := ctx.Err(); err != nil {
			return err
		}
		time.Sleep(50 * time.Millisecond)
		// The queues empty in order, each only after the one before it
		// (a report's nudge is out before the report is acknowledged, a
		// story's brief before its nudge), so each look asks about the
		// first queue not yet seen empty: a look costs the NATS server
		// about 0.3 CPU-ms, which the figures count.
		pending := [3]int{-1, -1, -1}
		for empty < len(subjects) {
			k, err := q.Pending(ctx, subjects[empty])
			if err != nil {
				return err
			}
			pending[empty] = k
			if k > 0 {
				break
			}
			empty++
		}
		for i := 0; i < empty; i++ {
			pending[i] = 0
		}
		lag(pending[0], pending[1])
		if empty < len(subjects) {
			continue
		}
		// Then all at once, in case a message came back.
		busy := 0
		for _, subj := range subjects {
			k, err := q.Pending(ctx, subj)
			if err != nil {
				return err
			}
			busy += k
		}
		if busy > 0 {
			empty = 0
			continue
		}
		stale, err := st.Stale(ctx, 1)
		if err != nil {
			return err
		}
		un, err := st.Ungrouped(ctx, 1)
		if err != nil {
			return err
		}
		if len(stale) > 0 || len(un) > 0 {
			continue
		}
		var stored int
		if err := st.Pool().QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&stored); err != nil {
			return err
		}
		if stored >= n {
			return nil
		}
	}
	return fmt.Errorf("the workers did not finish in 30 minutes")
}

// resetBench drops the schema and the streams of a benchmark run.
func resetBench(ctx context.Context, pg, natsURL, schema, queue string) error {
	conn, err := pgx.Connect(ctx, pg)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
		return err
	}
	nc, err := natsgo.Connect(natsURL)
	if err != nil {
		return err
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	stream := strings.ToUpper(strings.ReplaceAll(queue, "-", "_"))
	for _, s := range []string{stream, stream + "_DEAD"} {
		if err := js.DeleteStream(ctx, s); err != nil && !strings.Contains(err.Error(), "not found") {
			return err
		}
	}
	return nil
}

// withSearchPath returns the PostgreSQL URL u that puts connections in
// schema.
func withSearchPath(u, schema string) (string, error) {
	p, err := url.Parse(u)
	if err != nil || p.Scheme == "" {
		return "", fmt.Errorf("--pg: the benchmark needs a postgres:// URL")
	}
	v := p.Query()
	v.Set("search_path", schema)
	p.RawQuery = v.Encode()
	return p.String(), nil
}

// perReport returns d per report in milliseconds.
func perReport(d time.Duration, reports int) float64 {
	return float64(d.Microseconds()) / 1000 / float64(max(reports, 1))
}

// selfCPU returns the CPU time, user and system, this process has used.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU returns the CPU time, user and system, that process pid has
// used so far, from /proc; 0 where there is none.
func procCPU(pid int) time.Duration {
	// The fields after the command name, which may hold spaces, start
	// with the state; utime and stime are the 14th and 15th fields.
	_, f := procStat(pid)
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	// Linux counts in clock ticks of 1/100 s on every common platform.
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// serverCPU is CPU time of the servers the workers use.
type serverCPU struct{ postgres, nats time.Duration }

// serversCPU returns the CPU time so far of the processes named postgres
// and nats-server, with what the exited children of each (PostgreSQL's
// backends) used, from /proc; nothing where /proc is not.
func serversCPU() serverCPU {
	var s serverCPU
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		name, f := procStat(pid)
		if len(f) < 15 {
			continue
		}
		var t time.Duration
		// utime, stime, cutime and cstime: the 14th to 17th fields.
		for _, x := range f[11:15] {
			v, _ := strconv.ParseInt(x, 10, 64)
			t += time.Duration(v) * 10 * time.Millisecond
		}
		switch name {
		case "postgres":
			s.postgres += t
		case "nats-server":
			s.nats += t
		}
	}
	return s
}

// procStat returns the command name of process pid and the fields of
// /proc/pid/stat after it, from the state on.
func procStat(pid int) (string, []string) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return "", nil
	}
	s := string(b)
	i, j := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if i < 0 || j < i {
		return "", nil
	}
	return s[i+1 : j], strings.Fields(s[j+1:])
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], "...")
	}
	return strings.Join(lines, "\n")
}
