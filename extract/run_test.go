package extract

import (
	"context"
	"errors"
	"testing"
	"time"

	"crosscheck"
)

// TestRunOverrun checks what happens when a page's time runs out while
// its extraction, which cannot be stopped, still runs: the timeout is
// reported at once when the caller takes the overrun, and the channel it
// gets closes only when the extraction has returned; without a taker, run
// returns only after the extraction.
func TestRunOverrun(t *testing.T) {
	for _, taken := range []bool{true, false} {
		name := map[bool]string{true: "overrun taken", false: "no taker"}[taken]
		t.Run(name, func(t *testing.T) {
			release := make(chan struct{})
			returned := make(chan struct{})
			work := func() (page, error) {
				<-release
				close(returned)
				return page{text: "late"}, nil
			}
			var running <-chan struct{}
			opts := Options{Timeout: time.Hour}
			if taken {
				opts.Overrun = func(done <-chan struct{}) { running = done }
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			type result struct {
				err error
			}
			out := make(chan result, 1)
			go func() {
				_, err := run(ctx, "slow.html", opts, work)
				out <- result{err}
			}()
			if !taken {
				select {
				case <-out:
					t.Fatal("run returned before the extraction did")
				default:
				}
				close(release)
				r := <-out
				select {
				case <-returned:
				default:
					t.Error("run returned before the extraction did")
				}
				// The extraction may have ended before run saw ctx end;
				// either way it must have ended before run returned.
				if r.err != nil && crosscheck.ErrorKind(r.err) != crosscheck.Timeout {
					t.Errorf("got error %v, want a timeout or none", r.err)
				}
				return
			}
			r := <-out
			if crosscheck.ErrorKind(r.err) != crosscheck.Timeout || !errors.Is(r.err, context.Canceled) {
				t.Errorf("got error %v, want a timeout wrapping context.Canceled", r.err)
			}
			if running == nil {
				t.Fatal("Overrun was not called")
			}
			select {
			case <-running:
				t.Fatal("overrun channel closed while the extraction runs")
			default:
			}
			close(release)
			<-running
			select {
			case <-returned:
			default:
				t.Error("overrun channel closed before the extraction returned")
			}
		})
	}
}

// TestRunCPULimit checks that the limit counts CPU time where the system
// gives it: a page that spins past its limit is stopped.
func TestRunCPULimit(t *testing.T) {
	stop := make(chan struct{})
	work := func() (page, error) {
		for {
			select {
			case <-stop:
				return page{}, nil
			default:
			}
		}
	}
	var running <-chan struct{}
	opts := Options{Timeout: 50 * time.Millisecond, Overrun: func(done <-chan struct{}) { running = done }}
	_, err := run(context.Background(), "spin.html", opts, work)
	close(stop)
	if crosscheck.ErrorKind(err) != crosscheck.Timeout {
		t.Fatalf("got error %v, want a timeout", err)
	}
	if running != nil {
		<-running
	}
}
