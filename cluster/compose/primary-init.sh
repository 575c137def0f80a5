#!/bin/sh
# Lets the replica stream from the primary (the image allows only local replication by default).
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
