// Package natstest runs a NATS JetStream server inside a test process, for
// the tests that stop and restart the server under a running queue. Only
// tests import it.
package natstest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// RunServer starts a JetStream server on 127.0.0.1:port (-1 for any free
// port) keeping its streams in dir. The caller shuts it down.
func RunServer(t testing.TB, port int, dir string) *server.Server {
	t.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("embedded NATS server did not start")
	}
	return s
}
