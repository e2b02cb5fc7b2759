// Small bar charts as inline SVG: no chart library, nothing loaded from outside.

const SVG = "http://www.w3.org/2000/svg";

function svgEl(name, attrs = {}, text = undefined) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

function frame(title, rows, describe, emptyText) {
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.style.margin = "0";
  const heading = document.createElement("h3");
  heading.textContent = title;
  figure.append(heading);
  if (!rows.length) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = emptyText;
    figure.append(p);
    return { figure, svg: null };
  }
  const caption = rows.map(describe).join(", ");
  return { figure, caption };
}

/** Columns, one per year: rows are [{label, count}] in order. */
export function columnChart(title, rows, format, emptyText) {
  const { figure, caption } = frame(title, rows, (r) => `${r.label}: ${format(r.count)}`, emptyText);
  if (!caption) return figure;
  const width = 360;
  const height = 120;
  const top = 14;
  const bottom = 18;
  const max = Math.max(...rows.map((r) => r.count), 1);
  const slot = width / rows.length;
  const barWidth = Math.max(4, Math.min(36, slot * 0.7));
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${title}: ${caption}` });
  svg.append(svgEl("title", {}, `${title}: ${caption}`));
  svg.append(svgEl("line", { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, stroke: "#c9ced3" }));
  rows.forEach((row, i) => {
    const h = ((height - top - bottom) * row.count) / max;
    const x = i * slot + (slot - barWidth) / 2;
    const y = height - bottom - h;
    svg.append(svgEl("rect", { class: "bar", x, y, width: barWidth, height: h, rx: 2 }));
    svg.append(svgEl("text", { class: "val", x: x + barWidth / 2, y: y - 3, "text-anchor": "middle" }, format(row.count)));
    const everyOther = rows.length > 12 && i % 2 === 1;
    if (!everyOther) {
      svg.append(svgEl("text", { class: "lbl", x: x + barWidth / 2, y: height - 4, "text-anchor": "middle" }, row.label));
    }
  });
  figure.append(svg);
  return figure;
}

/** Horizontal bars, one per name (suppliers): rows are [{label, count}], largest first. */
export function barChart(title, rows, format, emptyText) {
  const { figure, caption } = frame(title, rows, (r) => `${r.label}: ${format(r.count)}`, emptyText);
  if (!caption) return figure;
  const width = 360;
  const labelWidth = 140;
  const rowHeight = 20;
  const height = rows.length * rowHeight + 4;
  const max = Math.max(...rows.map((r) => r.count), 1);
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${title}: ${caption}` });
  svg.append(svgEl("title", {}, `${title}: ${caption}`));
  rows.forEach((row, i) => {
    const y = i * rowHeight + 2;
    const w = ((width - labelWidth - 40) * row.count) / max;
    const label = row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label;
    svg.append(svgEl("text", { class: "lbl", x: labelWidth - 6, y: y + 13, "text-anchor": "end" }, label));
    svg.append(svgEl("rect", { class: "bar", x: labelWidth, y: y + 3, width: Math.max(w, 1), height: rowHeight - 6, rx: 2 }));
    svg.append(svgEl("text", { class: "val", x: labelWidth + w + 4, y: y + 13 }, format(row.count)));
  });
  figure.append(svg);
  return figure;
}
