from __future__ import annotations

from ..records import Room, Site
from ..validation import check_choice, check_text
from .base import Repository


class SiteRepository(Repository):
    def add_site(self, site: Site) -> Site:
        self.allow("site.manage")
        name = check_text("name", site.name, max_len=60)
        with self.vault.transaction():
            cur = self.conn.execute("INSERT INTO sites (name, address, active) VALUES (?, ?, ?)",
                                    (name, site.address, int(site.active)))
            site.id = cur.lastrowid
            self.audit("create", "site", site.id)
        return site

    def update_site(self, site: Site) -> None:
        self.allow("site.manage")
        with self.vault.transaction():
            self.conn.execute("UPDATE sites SET name = ?, address = ?, active = ? WHERE id = ?",
                              (check_text("name", site.name, max_len=60), site.address, int(site.active), site.id))
            self.audit("update", "site", site.id)

    def sites(self, include_inactive: bool = False) -> list[Site]:
        rows = self.conn.execute("SELECT id, name, address, active FROM sites ORDER BY id").fetchall()
        return [Site(id=r[0], name=r[1], address=r[2], active=bool(r[3])) for r in rows if include_inactive or r[3]]

    def add_room(self, room: Room) -> Room:
        self.allow("site.manage")
        check_choice("kind", room.kind, ("individual", "group", "office"))
        with self.vault.transaction():
            cur = self.conn.execute("INSERT INTO rooms (site_id, name, kind, active) VALUES (?, ?, ?, ?)",
                                    (room.site_id, check_text("name", room.name, max_len=60), room.kind, int(room.active)))
            room.id = cur.lastrowid
            self.audit("create", "room", room.id)
        return room

    def update_room(self, room: Room) -> None:
        self.allow("site.manage")
        check_choice("kind", room.kind, ("individual", "group", "office"))
        with self.vault.transaction():
            self.conn.execute("UPDATE rooms SET name = ?, kind = ?, active = ? WHERE id = ?",
                              (check_text("name", room.name, max_len=60), room.kind, int(room.active), room.id))
            self.audit("update", "room", room.id)

    def rooms(self, site_id: int | None = None, include_inactive: bool = False) -> list[Room]:
        sql = "SELECT id, site_id, name, kind, active FROM rooms"
        params: tuple = ()
        if site_id is not None:
            sql += " WHERE site_id = ?"
            params = (site_id,)
        rows = self.conn.execute(sql + " ORDER BY site_id, id", params).fetchall()
        return [Room(id=r[0], site_id=r[1], name=r[2], kind=r[3], active=bool(r[4]))
                for r in rows if include_inactive or r[4]]
