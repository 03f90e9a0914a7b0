/* kg's HTML page: draws the graph embedded in #kg-data with cytoscape.js, offline.
 * Click a node or a relationship for its properties and evidence; the legend hides
 * and shows labels; the search box finds a node by name or alias. The entity asked about
 * (data.subjects) opens in the middle, marked; relationship captions show on hover, on a
 * clicked node's relationships, or zoomed in, so the first view is not a grey mesh. */
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  // What tests (and curious people, in the console) can ask the page.
  var page = window.kgPage = { ready: false, data: data, timing: { parseMs: Math.round(performance.now() - started) } };
  var N = data.nodes.length, E = data.edges.length;
  var BIG = N > 400 || E > 1200;          // lighter drawing for big graphs
  var SCALE = BIG ? 0.45 : 0.6;           // of the grass file's node diameters

  // ---- helpers ---------------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else if (k === 'style') e.style.cssText = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function byId(id) { return document.getElementById(id); }
  var styleOf = {}, colorOf = {};
  data.labels.forEach(function (l) { styleOf[l.label] = l; });
  data.types.forEach(function (t) { colorOf[t.type] = t.color; });
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  function documentName(key) { return data.documents[key] || key; }
  function fmt(v) {
    if (Array.isArray(v)) return v.length ? v.map(fmt).join('、') : '—';
    if (v === '' || v === null || v === undefined) return '—';
    return String(v);
  }

  // ---- header and legend -----------------------------------------------------
  byId('title').textContent = data.title;
  byId('counts').textContent =
    N + ' nodes (' + data.labels.map(function (l) { return l.label + ' ' + l.count; }).join(', ') + '), ' +
    E + ' relationships' + (data.types.length ? ' (' + data.types.map(function (t) { return t.type + ' ' + t.count; }).join(', ') + ')' : '');

  var hidden = {};
  var legend = byId('legend');
  legend.appendChild(el('h2', { text: 'Labels' }));
  legend.appendChild(el('ul', null, data.labels.map(function (l) {
    var li = el('li', { 'data-label': l.label, title: 'Click to hide or show ' + l.label }, [
      el('span', { class: 'swatch', style: 'background:' + l.color + ';border-color:' + l.border }),
      el('span', { text: l.label }), el('span', { class: 'n', text: String(l.count) })]);
    li.addEventListener('click', function () {
      hidden[l.label] = !hidden[l.label];
      li.classList.toggle('off', hidden[l.label]);
      var sel = cy.nodes().filter(function (n) { return n.data('label') === l.label; });
      sel.style('display', hidden[l.label] ? 'none' : 'element');
      if (page.ready) declutter();
    });
    return li;
  })));
  if (data.types.length) {
    legend.appendChild(el('h2', { text: 'Relationships' }));
    legend.appendChild(el('ul', null, data.types.map(function (t) {
      return el('li', { style: 'cursor:default' }, [el('span', { class: 'line', style: 'border-color:' + t.color }),
        el('span', { text: t.type }), el('span', { class: 'n', text: String(t.count) })]);
    })));
  }
  legend.appendChild(el('p', { class: 'hint', text: '点击节点查看详情 · click a node · scroll to zoom' }));
  // On a narrow screen the legend starts folded to its headings (a click unfolds it), so
  // that it does not cover the drawing.
  if (window.innerWidth < 900) legend.classList.add('folded');
  legend.querySelectorAll('h2').forEach(function (h) {
    h.title = 'Click to fold or unfold the legend';
    h.addEventListener('click', function () { legend.classList.toggle('folded'); });
  });

  var names = byId('names');
  data.nodes.slice().sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; })
    .slice(0, 5000).forEach(function (n) { names.appendChild(el('option', { value: n.name })); });

  // ---- the drawing -------------------------------------------------------------
  var elements = [];
  data.nodes.forEach(function (n) {
    var item = { group: 'nodes', data: { id: n.id, label: n.label, caption: n.caption } };
    if (data.positions && data.positions[n.id]) item.position = { x: data.positions[n.id][0], y: data.positions[n.id][1] };
    elements.push(item);
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: 'edges', data: { id: 'e' + i, index: i, source: e.source, target: e.target, type: e.type, caption: e.caption } });
  });

  var style = [
    { selector: 'node', style: {
      'label': 'data(caption)', 'font-family': getComputedStyle(document.body).fontFamily,
      'font-size': 13, 'color': '#2A2C34', 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 160,
      'text-background-color': '#FFFFFF', 'text-background-opacity': 0.75, 'text-background-padding': 1,
      // Big graphs: names show once zoomed in enough (min-zoomed-font-size). Others: names
      // keep one size on screen at any zoom, and those that would collide with a name or a
      // node drawn before them (the subject first, then the most connected) wait for a
      // hover or more zoom (declutter below)
      'min-zoomed-font-size': BIG ? 9 : 0,
      'background-color': '#A5ABB6', 'border-color': '#9AA1AC', 'border-width': 2, 'width': 40, 'height': 40 } },
    { selector: 'edge', style: {
      'width': 1.5, 'line-color': '#A5ABB6', 'target-arrow-color': '#A5ABB6', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9, 'curve-style': BIG ? 'straight' : 'bezier', 'opacity': 0.8,
      // captions only when zoomed in (9px shown from 14px: zoom 1.6), on hover and on a
      // clicked node's relationships; on big graphs only those (measuring thousands of
      // captions doubled the time the page took to open)
      'label': BIG ? '' : 'data(caption)', 'font-size': 9, 'color': '#5A6270', 'text-rotation': 'autorotate',
      'text-background-color': '#FFFFFF', 'text-background-opacity': 0.8, 'text-background-padding': 1,
      'min-zoomed-font-size': 14 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1F5FAE' } },
    { selector: 'edge:selected', style: { 'width': 4, 'line-color': '#1F5FAE', 'target-arrow-color': '#1F5FAE', 'opacity': 1 } },
    { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0 } },
    { selector: 'node.quiet', style: { 'text-opacity': 0 } },
    { selector: 'node.near', style: { 'min-zoomed-font-size': 0, 'z-index': 9, 'text-opacity': 1 } },
    { selector: 'edge.near', style: { 'label': 'data(caption)', 'opacity': 1, 'min-zoomed-font-size': 0, 'width': 2.5 } },
    { selector: 'node.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 10, 'text-opacity': 1 } },
    { selector: 'edge.hover', style: { 'label': 'data(caption)', 'opacity': 1, 'min-zoomed-font-size': 0, 'width': 2.5, 'z-index': 10 } },
    { selector: 'node.subject', style: {
      'min-zoomed-font-size': 0, 'font-size': 16, 'font-weight': 'bold', 'z-index': 20, 'text-max-width': 240, 'text-opacity': 1,
      'border-width': 4, 'border-color': '#1F5FAE',
      'underlay-color': '#FFC83D', 'underlay-padding': 12, 'underlay-opacity': 0.85, 'underlay-shape': 'ellipse' } }
  ];
  data.labels.forEach(function (l) {
    style.push({ selector: 'node[label = ' + JSON.stringify(l.label) + ']', style: {
      'background-color': l.color, 'border-color': l.border,
      'width': Math.round(l.size * SCALE), 'height': Math.round(l.size * SCALE) } });
  });
  data.types.forEach(function (t) {
    style.push({ selector: 'edge[type = ' + JSON.stringify(t.type) + ']', style: { 'line-color': t.color, 'target-arrow-color': t.color } });
  });

  function layoutOptions(again) {
    if (data.positions && !again) return { name: 'preset', fit: true, padding: 40 };
    // cose, without animation (one synchronous run), fewer iterations on big graphs
    return { name: 'cose', animate: false, randomize: !data.positions || again, fit: true, padding: 40,
             nodeDimensionsIncludeLabels: !BIG, componentSpacing: 60,
             nodeRepulsion: function () { return BIG ? 200000 : 400000; },
             idealEdgeLength: function () { return BIG ? 40 : 80; }, edgeElasticity: function () { return 100; },
             gravity: 1, numIter: BIG ? 250 : 1000, coolingFactor: BIG ? 0.95 : 0.99, initialTemp: 1000 };
  }

  var t0 = performance.now();
  page.timing.panelsMs = Math.round(t0 - started);
  var cy = window.cy = cytoscape({
    container: byId('graph'), elements: elements, style: style, layout: { name: 'preset' },
    minZoom: 0.02, maxZoom: 6, boxSelectionEnabled: false,
    textureOnViewport: BIG, hideEdgesOnViewport: BIG, hideLabelsOnViewport: BIG, pixelRatio: BIG ? 1 : 'auto'
  });
  page.timing.drawingMs = Math.round(performance.now() - t0);

  // The entity asked about: marked, its neighbours named, and the first view centred on it.
  var subjects = cy.collection();
  (data.subjects || []).forEach(function (id) { subjects = subjects.union(cy.getElementById(id)); });
  subjects.addClass('subject');
  page.subjects = subjects.map(function (n) { return n.id(); });
  function firstView() {
    // The subject in the middle, and still every node in view: zoom to the box that has
    // the subject at its centre and holds the whole drawing, then centre on the subject.
    if (!subjects.length) return;
    var all = cy.elements().boundingBox(), at = subjects[0].position(), pad = 40;
    var cx = at.x, cyy = at.y;
    var w = 2 * Math.max(cx - all.x1, all.x2 - cx), h = 2 * Math.max(cyy - all.y1, all.y2 - cyy);
    var zoom = Math.min((cy.width() - 2 * pad) / Math.max(w, 1), (cy.height() - 2 * pad) / Math.max(h, 1));
    zoom = Math.max(cy.minZoom(), Math.min(zoom, 1.5));
    var p = subjects[0].position();     // its centre, not its box with the name below it
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } });
  }

  // Names at a fixed size on screen (NAME_PX, the subject's SUBJECT_PX), so zooming in
  // spreads the nodes apart while the names keep their size; then, in order of importance
  // (the subject, then by number of relationships), a name is shown only where it covers
  // no name already shown and no other node. The rest show on hover, click or more zoom.
  var NAME_PX = 12, SUBJECT_PX = 16;
  var order = cy.nodes().sort(function (a, b) {
    return (b.hasClass('subject') - a.hasClass('subject')) || (b.degree() - a.degree()) ||
      (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
  });
  function overlaps(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }
  function declutter() {
    if (BIG) return;
    var z = cy.zoom(), taken = [], bodies = [];
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.style({ 'font-size': (n.hasClass('subject') ? SUBJECT_PX : NAME_PX) / z, 'text-margin-y': 3 / z,
                  'text-max-width': (n.hasClass('subject') ? 240 : 160) / z });
      });
    });
    order.forEach(function (n) {
      if (n.style('display') === 'none') return;
      bodies.push([n, n.renderedBoundingBox({ includeLabels: false, includeOverlays: false })]);
    });
    var quiet = [];
    order.forEach(function (n) {
      if (n.style('display') === 'none') return;
      var box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      var clash = taken.some(function (t) { return overlaps(box, t); }) ||
        bodies.some(function (b) { return b[0] !== n && overlaps(box, b[1]); });
      if (clash && !n.hasClass('subject')) quiet.push(n);
      else taken.push(box);
    });
    cy.batch(function () { cy.nodes().removeClass('quiet'); cy.collection(quiet).addClass('quiet'); });
    page.named = cy.nodes().not('.quiet').map(function (n) { return n.id(); });
  }
  page.declutter = declutter;
  var pending = null;
  cy.on('zoom dragfree', function () {
    if (BIG || !page.ready) return;
    clearTimeout(pending);
    pending = setTimeout(declutter, 80);
  });

  function runLayout(again) {
    document.body.classList.remove('ready');
    // let the "laying out" notice paint before the synchronous layout blocks the page
    setTimeout(function () {
      var start = performance.now();
      var layout = cy.layout(layoutOptions(again));
      layout.one('layoutstop', function () {
        if (!again) firstView();
        declutter();
        page.timing.layoutMs = Math.round(performance.now() - start);
        page.timing.totalMs = Math.round(performance.now() - started);
        page.ready = true;
        document.body.classList.add('ready');
      });
      layout.run();
    }, 30);
  }
  runLayout(false);

  // ---- highlighting and the side panel ---------------------------------------
  function highlight(ele) {
    cy.elements().removeClass('faded near');
    if (!ele) return;
    var near = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    cy.elements().not(near).addClass('faded');
    near.addClass('near');
  }

  function badge(label) {
    var s = styleOf[label] || { color: '#A5ABB6', border: '#9AA1AC', text: '#FFFFFF' };
    return el('span', { class: 'badge', text: label, style: 'background:' + s.color + ';border-color:' + s.border + ';color:' + s.text });
  }

  function propsTable(props, skip) {
    var rows = Object.keys(props).filter(function (k) { return skip.indexOf(k) < 0; }).sort().map(function (k) {
      var v = props[k];
      if ((k === 'documents' || k === 'document') && v) {      // document keys are hashes: name them
        v = [].concat(v).map(function (d) { return data.documents[d] ? data.documents[d] + ' (' + d + ')' : d; });
      }
      return el('tr', null, [el('th', { text: k }), el('td', { text: fmt(v) })]);
    });
    return rows.length ? el('table', { class: 'props' }, [el('tbody', null, rows)]) : el('p', { class: 'muted', text: '—' });
  }

  function evidenceList(evidence) {
    if (!evidence.length) return el('p', { class: 'muted', text: 'No evidence recorded.' });
    return el('ol', { class: 'evidence' }, evidence.map(function (ev) {
      var span = ev[1] || '', doc = span.slice(0, span.lastIndexOf(':'));
      return el('li', null, [el('span', { class: 'sentence', text: data.sentences[ev[0]] }),
        el('span', { class: 'source', text: '— ' + (doc ? documentName(doc) + (data.documents[doc] ? ' (' + span + ')' : span.slice(doc.length)) : span) })]);
    }));
  }

  function nodeLink(id) {
    var n = nodeById[id];
    var a = el('a', { class: 'node', text: n ? n.name : id, title: n ? n.label + ': ' + n.id : id });
    a.addEventListener('click', function () { focus(id, true); });
    return a;
  }

  function showNode(n) {
    var d = byId('details');
    d.textContent = '';
    d.appendChild(badge(n.label));
    d.appendChild(el('h2', { text: n.name }));
    var aliases = (n.props.aliases || []).filter(function (a) { return a !== n.name; });
    if (aliases.length) d.appendChild(el('p', { class: 'aliases', text: '又名 aliases: ' + aliases.join('、') }));
    d.appendChild(el('h3', { text: 'Properties' }));
    d.appendChild(propsTable(n.props, ['name']));
    d.appendChild(el('h3', { text: 'Evidence (' + n.evidence.length + ')' }));
    d.appendChild(evidenceList(n.evidence));
    var rels = [];
    data.edges.forEach(function (e, i) { if (e.source === n.id || e.target === n.id) rels.push(i); });
    d.appendChild(el('h3', { text: 'Relationships (' + rels.length + ')' }));
    d.appendChild(el('ul', { class: 'rels' }, rels.map(function (i) {
      var e = data.edges[i], out = e.source === n.id;
      return el('li', null, [
        el('div', { class: 'rel' }, [out ? '→ ' : '← ', e.caption, out ? ' → ' : ' ← ', nodeLink(out ? e.target : e.source)]),
        el('details', null, [el('summary', { text: 'evidence (' + e.evidence.length + ') and properties' }),
          evidenceList(e.evidence), propsTable(e.props, [])])]);
    })));
    openPanel();
  }

  function showEdge(e) {
    var d = byId('details');
    d.textContent = '';
    d.appendChild(el('span', { class: 'badge', text: e.type, style: 'border-color:' + (colorOf[e.type] || '#A5ABB6') }));
    d.appendChild(el('h2', null, [nodeLink(e.source), ' → ', nodeLink(e.target)]));
    d.appendChild(el('p', { class: 'aliases', text: e.caption }));
    d.appendChild(el('h3', { text: 'Properties' }));
    d.appendChild(propsTable(e.props, []));
    d.appendChild(el('h3', { text: 'Evidence (' + e.evidence.length + ')' }));
    d.appendChild(evidenceList(e.evidence));
    openPanel();
  }

  function openPanel() { var p = byId('panel'); p.hidden = false; p.scrollTop = 0; }
  function closePanel() { byId('panel').hidden = true; cy.elements().unselect(); highlight(null); }
  byId('close').addEventListener('click', closePanel);
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') closePanel(); });

  cy.on('tap', 'node', function (ev) { highlight(ev.target); showNode(nodeById[ev.target.id()]); });
  cy.on('tap', 'edge', function (ev) { highlight(ev.target); showEdge(data.edges[ev.target.data('index')]); });
  cy.on('tap', function (ev) { if (ev.target === cy) closePanel(); });
  // Hovering a node names it and captions its relationships; hovering a relationship captions it.
  cy.on('mouseover', 'node', function (ev) { ev.target.addClass('hover'); ev.target.connectedEdges().addClass('hover'); });
  cy.on('mouseout', 'node', function (ev) { ev.target.removeClass('hover'); ev.target.connectedEdges().removeClass('hover'); });
  cy.on('mouseover', 'edge', function (ev) { ev.target.addClass('hover'); ev.target.connectedNodes().addClass('hover'); });
  cy.on('mouseout', 'edge', function (ev) { ev.target.removeClass('hover'); ev.target.connectedNodes().removeClass('hover'); });

  // ---- finding a node ----------------------------------------------------------
  function focus(id, zoom) {
    var node = cy.getElementById(id);
    if (!node.length) return false;
    if (node.style('display') === 'none') {       // its label is hidden in the legend: show it again
      var l = node.data('label'); hidden[l] = false;
      legend.querySelector('li[data-label="' + CSS.escape(l) + '"]').classList.remove('off');
      cy.nodes().filter(function (n) { return n.data('label') === l; }).style('display', 'element');
    }
    cy.elements().unselect();
    node.select();
    highlight(node);
    if (zoom) cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    showNode(nodeById[id]);
    return true;
  }
  page.focus = focus;

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      var all = [n.name].concat(n.props.aliases || []).map(function (s) { return String(s).toLowerCase(); });
      if (!exact && all.indexOf(q) >= 0) exact = n;
      if (!partial && all.some(function (s) { return s.indexOf(q) >= 0; })) partial = n;
    });
    return exact || partial;
  }
  page.find = find;

  byId('find').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = byId('search').value, n = find(q);
    byId('message').textContent = n ? '' : 'No node named “' + q + '”.';
    if (n) focus(n.id, true);
  });
  byId('fit').addEventListener('click', function () { cy.animate({ fit: { padding: 40 } }, { duration: 300 }); });
  byId('relayout').addEventListener('click', function () {
    // cose costs O(n²) an iteration: on a big graph the page stops answering for a while
    if (BIG && !window.confirm('Laying out ' + N + ' nodes in the browser can take many seconds. Go on?')) return;
    runLayout(true);
  });
})();
