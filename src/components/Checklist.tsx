// A titled list of short items, such as "What to have ready".
export function Checklist({ title, items }: { title: string; items: string[] }) {
  return (
    <section className="checklist">
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
