import { useCurrentUser } from '../../app/guards.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { DataSection } from './DataSection.tsx';
import { NotificationsSection } from './NotificationsSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TokensSection } from './TokensSection.tsx';

export function AccountPage() {
  const me = useCurrentUser();
  return (
    <div className="account-page">
      <PageHeader
        title="Account settings"
        description="Your profile, password, notifications, signed-in devices, API tokens and your data."
      />
      <nav className="on-this-page" aria-label="On this page">
        <ul>
          <li>
            <a href="#profile">Profile</a>
          </li>
          <li>
            <a href="#password">Password</a>
          </li>
          <li>
            <a href="#notifications">Notifications</a>
          </li>
          <li>
            <a href="#sessions">Sessions</a>
          </li>
          <li>
            <a href="#api-tokens">API tokens</a>
          </li>
          <li>
            <a href="#your-data">Your data</a>
          </li>
        </ul>
      </nav>
      <ProfileSection me={me} />
      <PasswordSection />
      <NotificationsSection />
      <SessionsSection />
      <TokensSection />
      <DataSection me={me} />
    </div>
  );
}
