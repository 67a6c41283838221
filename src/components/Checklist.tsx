// A short list behind a native disclosure, such as "What to have ready": closed on screen, so the
// outcome leads with its action; opened for print (useOpenForPrint), so the handout carries it.
export function Checklist({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="checklist">
      {/* No heading inside: a summary is a button, and a heading inside a button is not announced as one. */}
      <summary>{title}</summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
