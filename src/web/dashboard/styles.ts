/** One stylesheet for the dashboard and the HTML file; the print rules make it an A4 handout. */
export const DIGEST_CSS = `
:root{--ink:#1d2a35;--muted:#5b6b78;--line:#d5dde5;--accent:#0b6e69;--bg:#f5f7f9;--card:#fff;--cue:linear-gradient(90deg,#fff 30%,#fff0) left/2rem 100% no-repeat local,linear-gradient(270deg,#fff 30%,#fff0) right/2rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,#0003,#0000) left/.8rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,#0003,#0000) right/.8rem 100% no-repeat scroll}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:var(--bg);color:var(--ink);line-height:1.5}
header.top{background:#0f3d4a;color:#fff;padding:1rem 1.5rem}
header.top h1{margin:.2rem 0 0;font-size:1.6rem}
header.top .org{opacity:.85;font-size:.95rem}
header.top a{color:#fff}
nav.months{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin-top:.75rem}
nav.months form{display:flex;gap:.5rem;align-items:center}
nav.months input,nav.months button,nav.months select{font:inherit;padding:.3rem .5rem;border-radius:4px;border:1px solid #8fb3bf}
nav.months button{background:#fff;color:#0f3d4a;font-weight:600;cursor:pointer}
nav.months .step{color:#fff;text-decoration:underline}
main{max-width:64rem;margin:0 auto;padding:1rem 1.5rem 3rem}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
h2{font-size:1.2rem;margin:.2rem 0 .6rem;color:#0f3d4a}
h3{font-size:1.05rem;margin:.8rem 0 .3rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:1rem 0}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--accent);border-radius:8px;padding:.7rem 1rem}
.card .big{font-size:1.8rem;font-weight:700;display:block}
.card .small{color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:var(--muted)}
.notice{background:#e3f4f1;border:1px solid var(--accent);padding:.6rem 1rem;border-radius:6px}
svg.chart{max-width:100%;height:auto;display:block}
svg.chart.wide{width:100%;max-width:46rem}
.scroll{overflow-x:auto}
svg .label{font-size:12px;fill:#1d2a35}
svg .value{font-size:12px;font-weight:700;fill:#1d2a35}
svg .tick{font-size:11px;fill:#5b6b78}
svg .muted{font-size:12px;fill:#5b6b78;font-style:italic}
svg .edge{font-size:12px;font-weight:700;fill:#1d2a35;paint-order:stroke;stroke:#fff;stroke-width:4px}
svg .seg{font-size:11px;font-weight:700;fill:#1d2a35}
svg .seg.inv{fill:#fff}
.story{border-top:1px solid var(--line);padding-top:.5rem;margin-top:.5rem}
.story:first-of-type{border-top:0}
.tags{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0}
.tag{border:1px solid var(--accent);border-radius:999px;padding:0 .5rem;font-size:.8rem}
.tag.off{border-style:dashed;color:var(--muted);border-color:var(--muted);text-decoration:line-through}
.pair{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
@media (max-width:50rem){.pair{grid-template-columns:minmax(0,1fr)}}
.pair>*,.two>*{min-width:0}
.two{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(20rem,100%),1fr));gap:1rem;align-items:start}
/* Scroll shadows: a visible cue that a table or chart goes on sideways. */
.scroll{overflow-x:auto;background:var(--cue)}
.scroll:focus-visible{outline:3px solid #0b6e69;outline-offset:2px}
ul.actions>li{margin:.4rem 0}
@media (max-width:40rem){
  main{padding:.5rem .6rem 2rem}
  header.top{padding:.8rem}
  section{padding:.8rem;overflow-wrap:anywhere}
  .dist td:first-child{width:auto;min-width:9rem}
  svg.chart,svg.chart.wide{max-width:none;width:auto}
  nav.months form{flex-wrap:wrap}
}
form.done{display:inline}
form.done button{font:inherit;font-size:.85rem;padding:.1rem .5rem;border:1px solid var(--accent);background:#fff;color:var(--accent);border-radius:4px;cursor:pointer}
.dist td:first-child{width:55%}
footer{color:var(--muted);font-size:.85rem;text-align:center;margin:2rem 0}
@media print{
  @page{size:A4;margin:14mm 12mm}
  body{background:#fff;font-size:10.5pt}
  header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 .5rem}
  header.top a{color:#000}
  nav.months,form.done,.noprint{display:none!important}
  main{max-width:none;padding:0}
  section{border:0;border-top:1px solid #999;border-radius:0;padding:.5rem 0;break-inside:avoid-page}
  section.long{break-inside:auto}
  .card{border:1px solid #999;border-left:4px solid #000}
  .story,tr{break-inside:avoid}
  h2{break-after:avoid}
}
`;
