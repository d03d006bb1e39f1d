package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium binary (apt-get install chromium); skipping the browser test")
	return ""
}

// TestBrowser walks the app in a real headless Chromium: the story list,
// a search, a story found by it with its disagreements highlighted, and a
// citation followed to its article. Pages run no script, so the steps use
// links and forms only. On failure it saves a screenshot of the page.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromium(t)
	_, srv := newsroom(t, Config{})

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1200, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, actions...); err != nil {
			t.Fatalf("%s: %v (screenshot: %s)", name, err, screenshot(t, bctx))
		}
	}
	check := func(name string, ok bool, format string, args ...any) {
		t.Helper()
		if !ok {
			t.Fatalf("%s: %s (screenshot: %s)", name, fmt.Sprintf(format, args...), screenshot(t, bctx))
		}
	}

	step("story list", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`ol.stories`)))
	titles := value[[]string](t, bctx, "story list", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a.story-title')).map(a => a.textContent)`))
	check("story list", len(titles) == 3, "got %d stories, want 3: %q", len(titles), titles)

	step("search",
		chromedp.SetValue(chromedp.CSS(`header form.search input[name=q]`), "Whitcombe"),
		chromedp.Submit(chromedp.CSS(`header form.search input[name=q]`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits mark`)),
	)
	marks := value[[]string](t, bctx, "search", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('ol.hits mark')).map(m => m.textContent)`))
	check("search", len(marks) > 0 && strings.Contains(marks[0], "Whitcombe"), "highlighted %q, want Whitcombe", marks)

	step("open a story", chromedp.Click(chromedp.CSS(`li.hit.fact a`)), chromedp.WaitVisible(chromedp.CSS(`#summary`)))
	heading := value[string](t, bctx, "open a story", chromedp.Text(chromedp.CSS(`h1`)))
	check("open a story", strings.Contains(heading, "Fire at chemical plant"), "heading %q", heading)
	n := value[int](t, bctx, "disagreement", chromedp.Evaluate[int](`document.querySelectorAll('#disagreements .disagreement').length`))
	check("disagreement", n > 0, "no disagreement on the story page")
	// The stylesheet, loaded under the CSP, highlights disagreements.
	bg := value[string](t, bctx, "disagreement", chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.disagreement')).backgroundColor`))
	check("disagreement", bg != "" && bg != "rgba(0, 0, 0, 0)", "disagreement background %q: not highlighted", bg)

	cite := value[string](t, bctx, "follow a citation", chromedp.Text(chromedp.CSS(`#disagreements a.cite`)))
	step("follow a citation", chromedp.Click(chromedp.CSS(`#disagreements a.cite`)), chromedp.WaitVisible(chromedp.CSS(`article.report`)))
	meta := value[string](t, bctx, "follow a citation", chromedp.Text(chromedp.CSS(`article.report .meta`)))
	path := value[string](t, bctx, "follow a citation", chromedp.Evaluate[string](`location.pathname`))
	outlet, _, _ := strings.Cut(cite, ",")
	check("follow a citation", strings.HasPrefix(path, "/articles/"), "landed on %q", path)
	check("follow a citation", outlet != "" && strings.Contains(meta, outlet), "cited %q, the article says %q", cite, meta)
}

// value runs a and returns its value, failing the test with a screenshot
// when it fails.
func value[T any](t *testing.T, ctx context.Context, name string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v (screenshot: %s)", name, err, screenshot(t, ctx))
	}
	return v
}

// screenshot saves the page of ctx as a PNG and returns its path, or why
// it could not. It goes to $CROSSCHECK_SCREENSHOTS when set, so that it
// outlives the test, else to the test's temporary directory.
func screenshot(t *testing.T, ctx context.Context) string {
	dir := os.Getenv("CROSSCHECK_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	png, err := chromedp.Run(sctx, chromedp.FullScreenshot(90))
	if err != nil {
		return "none: " + err.Error()
	}
	path := filepath.Join(dir, t.Name()+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		return "none: " + err.Error()
	}
	t.Logf("screenshot saved to %s", path)
	return path
}
