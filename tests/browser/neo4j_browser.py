"""Drive Neo4j Browser (served by a real Neo4j) in headless Debian Chromium with Selenium.

Only what kg's Browser test needs: open Browser pre-filled with a connect URL, log
in through the connect form, paste text into the editor and run it the way a person
does (a paste event, then the Run button), drop a file onto the window (how Browser
imports a .grass style or a .zip of favorites), and read what a result frame shows.

Selenium drives /usr/bin/chromedriver directly (no Selenium Manager, no download).
Chromium runs with background networking off: the machines kg is tested on have no
internet, and Browser's only outside requests (Google Fonts, usage statistics) just fail.
"""
from __future__ import annotations

import base64
import shutil
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--lang=en-US",
)

# Browser's editor is Monaco: a paste event on its hidden textarea is exactly what a
# person's Ctrl+V does, with none of the auto-closing brackets/quotes typing would add.
_PASTE_JS = """
const ta = document.querySelector('[data-testid=activeEditor] textarea');
ta.focus();
const dt = new DataTransfer();
dt.setData('text/plain', arguments[0]);
ta.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
"""

# What the browser does when a file is dropped on Browser's window (its FileDrop
# component wraps the whole app): dragenter, dragover, drop with a DataTransfer
# holding the one file.
_DROP_JS = """
const [name, b64] = arguments;
const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
const dt = new DataTransfer();
dt.items.add(new File([bytes], name));
const target = document.querySelector('.filedrop');
for (const type of ['dragenter', 'dragover', 'drop']) {
  target.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
}
"""

# The state of one result frame, read in the page. Browser marks a Cypher error with
# cypherFrameErrorMessage (and the code, e.g. Neo.ClientError.Statement.ParameterMissing,
# in the heading above it), an empty result with "(no changes, no records)", a finished
# Cypher result with frame-loaded-contents, each statement of a script with a status icon.
_STATUS_JS = """
const f = arguments[0];
const q = s => f.querySelector(`[data-testid='${s}']`);
const icons = [...f.querySelectorAll("[data-testid='multi-statement-list-icon']")];
if (icons.length) {
  const states = icons.map(i => (i.getAttribute('title') || '').replace('Status: ', ''));
  if (states.some(s => s === 'pending' || s === 'waiting')) return 'pending';
  return states.every(s => s === 'success') ? 'ok' : 'statements: ' + states.join(', ');
}
const err = q('cypherFrameErrorMessage');
if (err) {
  const code = f.querySelector('h4');
  return ('error: ' + (code ? code.textContent + ': ' : '') + err.textContent).trim();
}
const text = f.textContent;
if (text.includes('no changes, no records)')) return 'no rows';
if (q('frame-loaded-contents')) return 'ok';
const cmd = q('frameCommand');
if (cmd && cmd.textContent.trim().startsWith(':') && q('frameContents') && q('frameContents').textContent.trim()) return 'ok';
return 'pending';
"""


def chromium_paths() -> tuple[str, str] | None:
    """Debian's chromium and chromedriver, or None when either is missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


class Neo4jBrowser:
    """One headless Chromium showing Neo4j Browser at `http_url` (e.g. http://127.0.0.1:7474).

    `timeout`: how long to wait for any one thing the page shows (a frame, a result); generous, since the tests run
    beside other test workers on a 2-core machine (CI timed out at 30 s waiting for a favorite's result under load)."""

    def __init__(self, http_url: str, *, width: int = 1600, height: int = 1000, timeout: float = 90):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        paths = chromium_paths()
        if not paths:
            raise RuntimeError("chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)")
        self.http_url = http_url.rstrip("/")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = paths[0]
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--window-size={width},{height}")
        options.add_argument(f"--user-data-dir={self._profile}")
        self.driver = webdriver.Chrome(service=Service(paths[1]), options=options)

    # -- plumbing ---------------------------------------------------------------
    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def wait(self, condition, what: str, timeout: float | None = None):
        """Poll `condition()` until it returns something truthy; fail saying `what` never happened."""
        deadline = time.monotonic() + (timeout or self.timeout)
        last_error = None
        while time.monotonic() < deadline:
            try:
                value = condition()
                if value:
                    return value
            except Exception as e:  # stale elements while React re-renders
                last_error = e
            time.sleep(0.1)
        raise TimeoutError(f"Neo4j Browser: timed out waiting for {what}" + (f" (last error: {last_error})" if last_error else ""))

    def css(self, selector: str, within=None):
        from selenium.webdriver.common.by import By
        return (within or self.driver).find_elements(By.CSS_SELECTOR, selector)

    def click(self, find, what: str) -> None:
        """Click what `find()` returns once it can be clicked: Browser animates frames and
        drawers in, and a click on an element still moving is refused (not performed)."""
        self.wait(lambda: find().click() or True, f"{what} to take a click")

    def testid(self, name: str, within=None):
        return self.css(f"[data-testid='{name}']", within)

    # -- connecting -------------------------------------------------------------
    def connect(self, bolt_uri: str, user: str, password: str, database: str = "neo4j") -> None:
        """Open Browser with the connect form pre-filled by URL (`?dbms=bolt://user@host:port&db=…`:
        Browser takes the user from the URL but never a password) and log in through the form."""
        u = urlsplit(bolt_uri)
        dbms = f"{u.scheme}://{quote(user)}@{u.hostname}:{u.port or 7687}"
        self.driver.get(f"{self.http_url}/browser/?dbms={quote(dbms, safe='')}&db={quote(database)}")
        field = self.wait(lambda: [e for e in self.testid("password") if e.is_displayed()], "the connect form")[0]
        field.send_keys(password)
        # A click that lands while the form is still being set up is performed but does
        # nothing (seen in CI: the form filled in, no attempt, no error): while the form
        # still shows its button, click it again every few seconds, until connected or out of time.
        deadline = time.monotonic() + self.timeout
        self.click(lambda: self.testid("connect")[0], "the connect button")
        while True:
            try:
                self.wait(lambda: "You are connected" in self.stream_text(), f"a connection to {dbms}",
                          timeout=max(0.1, min(5.0, deadline - time.monotonic())))
                break
            except TimeoutError:
                if time.monotonic() >= deadline:
                    raise
                if [e for e in self.testid("connect") if e.is_displayed()]:
                    self.click(lambda: self.testid("connect")[0], "the connect button")
        # The usage-statistics notice would sit in every screenshot: close it (its last span
        # is the ×), once it shows (it comes a moment after the connection).
        try:
            self.wait(lambda: self.driver.execute_script("""
                const text = [...document.querySelectorAll('[data-testid=main] span')]
                  .find(e => (e.textContent || '').startsWith('To help make Neo4j Browser better'));
                if (!text || text.parentElement.lastElementChild === text) return false;
                text.parentElement.lastElementChild.click();
                return true;"""), "the usage-statistics notice", timeout=3)
        except TimeoutError:
            pass  # not shown: nothing to close

    def stream_text(self) -> str:
        s = self.testid("stream")
        return s[0].text if s else ""

    # -- running commands -------------------------------------------------------
    def frames(self):
        """Result frames, newest first (Browser adds each new frame at the top of the stream)."""
        return self.testid("frame")

    def paste(self, text: str) -> None:
        self.driver.execute_script(_PASTE_JS, text)

    def run(self, text: str):
        """Paste `text` into the editor, press Run, and return the new frame once it is done."""
        return self._new_frame(lambda: (self.paste(text), self.testid("editor-Run")[0].click()), repr(text[:60]))

    def _new_frame(self, action, what: str):
        before = {f.id for f in self.frames()}
        action()
        frame = self.wait(lambda: next((f for f in self.frames()[:1] if f.id not in before), None), f"a frame for {what}")
        self.wait(lambda: self.frame_status(frame) != "pending", f"the result of {what}")
        return frame

    def frame_status(self, frame) -> str:
        """'ok', 'pending', or what went wrong: Browser's error, 'no rows', a statement that failed.

        One script call (reading a big result frame's text through WebDriver takes seconds)."""
        return self.driver.execute_script(_STATUS_JS, frame)

    def fullscreen(self, frame, on: bool = True) -> None:
        """Toggle a frame's fullscreen (its title-bar button), to screenshot a graph large."""
        title = "Fullscreen" if on else "Close fullscreen"
        self.click(lambda: self.css(f"button[title='{title}']", frame)[0], f"the {title} button")
        time.sleep(0.5)
        fit = self.css("button[aria-label='zoom-to-fit']", frame)
        if fit:  # a graph keeps its scale when its frame grows: fit it to the new size
            fit[0].click()
            time.sleep(1)

    # -- favorites ----------------------------------------------------------------
    def open_favorites(self) -> None:
        if not self.testid("createNewFavorite"):
            self.click(lambda: self.testid("navigationFavorites")[0], "the favorites button")
        self.wait(lambda: self.testid("createNewFavorite"), "the favorites drawer")

    def close_drawer(self) -> None:
        if self.testid("createNewFavorite"):
            self.click(lambda: self.testid("navigationFavorites")[0], "the favorites button")

    def expand_favorites_folder(self, folder: str) -> None:
        self.wait(lambda: self.testid(f"savedScriptsFolder-{folder}"), f"the favorites folder {folder!r}")
        if not self.testid("savedScriptListItem", self.testid(f"savedScriptsFolder-{folder}")[0]):
            self.click(lambda: self.testid(f"expandFolder-{folder}")[0], f"the folder {folder!r}")
        self.wait(lambda: self.testid("savedScriptListItem", self.testid(f"savedScriptsFolder-{folder}")[0]), f"the favorites in {folder!r}")

    def favorite_titles(self) -> list[str]:
        return [e.get_attribute("textContent").strip() for e in self.css("[data-testid^='scriptTitle-']")]

    def run_favorite(self, title_start: str):
        """Press the Run button of the favorite whose title starts with `title_start`; return its frame."""
        item = self.wait(lambda: next((e for e in self.testid("savedScriptListItem")
                                       if e.get_attribute("textContent").strip().startswith(title_start)), None),
                         f"the favorite {title_start!r}")
        return self._new_frame(lambda: self.testid("savedScriptsButton-Run", item)[0].click(), f"the favorite {title_start!r}")

    def drop_file(self, name: str, data: bytes) -> None:
        self.driver.execute_script(_DROP_JS, name, base64.b64encode(data).decode())

    # -- reading results --------------------------------------------------------
    def nodes(self, frame) -> list[tuple[str, str]]:
        """(caption, fill colour) of each node drawn in a frame's graph view. A caption
        Browser wraps over several lines of the circle is joined back."""
        return [tuple(n) for n in self.driver.execute_script("""
            return [...arguments[0].querySelectorAll('svg g.node')].map(g => {
              const c = g.querySelector('circle.b-outline') || g.querySelector('circle');
              return [[...g.querySelectorAll('text')].map(t => t.textContent.trim()).join(''), c && c.getAttribute('fill')];
            });""", frame)]

    def relationship_captions(self, frame) -> list[str]:
        return [t.get_attribute("textContent").strip() for t in self.css("svg g.relationship text", frame)]

    def show_table(self, frame) -> str:
        """Switch a Cypher frame to its Table view and return the table's text."""
        self.click(lambda: self.testid("cypherFrameSidebarTable", frame)[0], "the Table view button")
        return self.wait(lambda: self.testid("frame-loaded-contents", frame)[0].text, "the table view")

    def screenshot(self, path: Path, element=None) -> Path:
        """The window, or one element (a frame), as a PNG."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if element is not None:
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", element)
            element.screenshot(str(path))
        else:
            self.driver.save_screenshot(str(path))
        return path
