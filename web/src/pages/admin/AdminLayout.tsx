import { NavLink, Outlet } from 'react-router';
import { ADMIN_NAV } from '../../app/nav.tsx';

export function AdminLayout() {
  return (
    <div className="admin-layout">
      <p className="eyebrow" aria-hidden="true">
        Admin
      </p>
      <nav className="subnav" aria-label="Admin">
        <ul>
          {ADMIN_NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="subnav-link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
