import { useId, useState } from 'react';
import { useNavigate } from 'react-router';

/** The community's search box: sends the words to the search page. */
export function SearchBox({ initial = '', space }: { initial?: string; space?: string }) {
  const [q, setQ] = useState(initial);
  const navigate = useNavigate();
  const id = useId();
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams({ q: q.trim() });
        if (space) params.set('space', space);
        void navigate(`/search?${params.toString()}`);
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        Search the community
      </label>
      <input
        id={id}
        className="input"
        type="search"
        value={q}
        placeholder="Search the community"
        onChange={(event) => setQ(event.target.value)}
        minLength={2}
        required
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
