import { describe, expect, it } from 'vitest';
import { claimValues, nameFromClaims, roleFromClaims } from '@/lib/auth/roles';
import { hasRole } from '@/lib/model/auth';

const oidc = { roleClaim: 'groups', adminValues: ['kafka-admins'], viewerValues: null };

describe('roles', () => {
  it('admin includes viewer; viewer does not include admin', () => {
    expect(hasRole('admin', 'admin')).toBe(true);
    expect(hasRole('admin', 'viewer')).toBe(true);
    expect(hasRole('viewer', 'viewer')).toBe(true);
    expect(hasRole('viewer', 'admin')).toBe(false);
  });

  it('reads a claim as a list, a space-separated string, or at a dotted path', () => {
    expect(claimValues({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ roles: 'x y' }, 'roles')).toEqual(['x', 'y']);
    expect(claimValues({ realm_access: { roles: ['kafka-admins'] } }, 'realm_access.roles')).toEqual(['kafka-admins']);
    expect(claimValues({ realm_access: ['no'] }, 'realm_access.roles')).toEqual([]);
    expect(claimValues({}, 'groups')).toEqual([]);
  });

  it('maps the admin value to admin, anyone else to viewer', () => {
    expect(roleFromClaims({ groups: ['dev', 'kafka-admins'] }, oidc)).toBe('admin');
    expect(roleFromClaims({ groups: ['dev'] }, oidc)).toBe('viewer');
    expect(roleFromClaims({}, oidc)).toBe('viewer');
    // A value that merely contains the admin value is not it.
    expect(roleFromClaims({ groups: ['kafka-admins-old'] }, oidc)).toBe('viewer');
  });

  it('with viewer values, lets in only those holding one (or an admin value)', () => {
    const strict = { ...oidc, viewerValues: ['kafka-users'] };
    expect(roleFromClaims({ groups: ['kafka-users'] }, strict)).toBe('viewer');
    expect(roleFromClaims({ groups: ['kafka-admins'] }, strict)).toBe('admin');
    expect(roleFromClaims({ groups: ['marketing'] }, strict)).toBeNull();
  });

  it('names the person by the configured claim, else email, else subject', () => {
    expect(nameFromClaims({ preferred_username: 'ann', email: 'a@x', sub: '1' }, 'preferred_username')).toBe('ann');
    expect(nameFromClaims({ email: 'a@x', sub: '1' }, 'preferred_username')).toBe('a@x');
    expect(nameFromClaims({ sub: '1' }, 'name')).toBe('1');
  });
});
