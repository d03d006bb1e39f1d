package nats_test

import (
	"context"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/internal/natstest"
	"crosscheck/nats"
)

// TestServerRestart stops the server while a consumer works through the
// queue and starts it again on the same store: every message is handled,
// none is lost, and the consumer carries on by itself.
func TestServerRestart(t *testing.T) {
	dir := t.TempDir()
	s := natstest.RunServer(t, -1, dir)
	port := s.Addr().(*net.TCPAddr).Port
	defer func() { s.Shutdown(); s.WaitForShutdown() }()
	url := fmt.Sprintf("nats://127.0.0.1:%d", port)
	ctx := context.Background()
	q, err := nats.Open(ctx, url, nats.Options{AckWait: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	const n = 60
	for i := 0; i < n; i++ {
		if err := q.Publish(ctx, "extract", []byte(fmt.Sprint(i)), fmt.Sprint("r", i)); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	handled := map[string]int{}
	cctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(cctx, "extract", func(_ context.Context, m crosscheck.Message) error {
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			handled[string(m.Data)]++
			mu.Unlock()
			return nil
		})
	}()
	count := func() int { mu.Lock(); defer mu.Unlock(); return len(handled) }
	deadline := time.Now().Add(20 * time.Second)
	for count() < n/3 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	s.Shutdown()
	s.WaitForShutdown()
	stopped := count()
	time.Sleep(500 * time.Millisecond)
	s = natstest.RunServer(t, port, dir)
	deadline = time.Now().Add(60 * time.Second)
	for count() < n && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	if got := count(); got != n {
		t.Fatalf("handled %d of %d messages after the restart (%d before it)", got, n, stopped)
	}
	if stopped >= n {
		t.Fatalf("all %d messages were handled before the server stopped: the test restarted nothing", n)
	}
	left, err := q.Pending(ctx, "extract")
	if err != nil || left != 0 {
		t.Fatalf("pending after the restart: got %d, %v, want 0", left, err)
	}
}
